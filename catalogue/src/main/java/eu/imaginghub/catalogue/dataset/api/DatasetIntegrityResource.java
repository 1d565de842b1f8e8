package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.application.DatasetIntegrity;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Whether a stored dataset record still matches the fingerprint its newest trace recorded. */
@RequestScoped
@Path("datasets/{id}/integrity")
public class DatasetIntegrityResource {

  @Inject DatasetIntegrity integrity;
  @Inject CurrentViewer viewer;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public DatasetIntegrity.Report check(@PathParam("id") String id) {
    return integrity.check(new DatasetId(id), viewer.get());
  }
}
