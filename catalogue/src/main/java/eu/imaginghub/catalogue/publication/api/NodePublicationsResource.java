package eu.imaginghub.catalogue.publication.api;

import eu.imaginghub.catalogue.publication.application.PublicationView;
import eu.imaginghub.catalogue.publication.application.Publications;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A node's publications on Zenodo, of one state when asked, for its operators and admins. */
@RequestScoped
@Path("nodes/{node}/publications")
@Produces(MediaType.APPLICATION_JSON)
public class NodePublicationsResource {

  @Inject Publications publications;
  @Inject CurrentViewer viewer;

  @GET
  public List<PublicationView> list(
      @PathParam("node") String node, @QueryParam("state") String state) {
    return publications.ofNode(node, state, viewer.get());
  }
}
