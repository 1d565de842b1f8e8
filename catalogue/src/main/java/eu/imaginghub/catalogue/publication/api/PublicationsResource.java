package eu.imaginghub.catalogue.publication.api;

import eu.imaginghub.catalogue.publication.application.PublicationView;
import eu.imaginghub.catalogue.publication.application.Publications;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A failed publication, tried again at an operator's request. */
@RequestScoped
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsResource {

  @Inject Publications publications;
  @Inject CurrentViewer viewer;

  @POST
  @Path("{id}/retry")
  public PublicationView retry(@PathParam("id") String id) {
    return publications.retry(id, viewer.get());
  }
}
