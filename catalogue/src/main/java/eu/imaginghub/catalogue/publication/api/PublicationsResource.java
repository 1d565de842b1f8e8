package eu.imaginghub.catalogue.publication.api;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.publication.application.Publications;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The publications of dataset versions on Zenodo, for the nodes' operators and admins. */
@RequestScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsResource {

  @Inject Publications publications;
  @Inject CurrentViewer viewer;

  @GET
  @Path("datasets/{id}/publications")
  public List<PublicationJson> ofDataset(@PathParam("id") String id) {
    return publications.ofDataset(new DatasetId(id), viewer.get()).stream()
        .map(PublicationJson::of)
        .toList();
  }

  @GET
  @Path("nodes/{node}/publications")
  public List<PublicationJson> ofNode(
      @PathParam("node") String node, @QueryParam("state") String state) {
    return publications.ofNode(node, state, viewer.get()).stream()
        .map(PublicationJson::of)
        .toList();
  }

  @POST
  @Path("publications/{id}/retry")
  public PublicationJson retry(@PathParam("id") String id) {
    return PublicationJson.of(publications.retry(id, viewer.get()));
  }
}
