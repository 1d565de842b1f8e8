package eu.imaginghub.catalogue.publication.api;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.publication.application.PublicationView;
import eu.imaginghub.catalogue.publication.application.Publications;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A dataset's publications on Zenodo, for its node's operators and admins. */
@RequestScoped
@Path("datasets/{id}/publications")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetPublicationsResource {

  @Inject Publications publications;
  @Inject CurrentViewer viewer;

  @GET
  public List<PublicationView> list(@PathParam("id") String id) {
    return publications.ofDataset(new DatasetId(id), viewer.get());
  }
}
