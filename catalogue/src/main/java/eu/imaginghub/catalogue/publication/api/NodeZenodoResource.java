package eu.imaginghub.catalogue.publication.api;

import eu.imaginghub.catalogue.publication.application.NodeZenodoOverrides;
import eu.imaginghub.catalogue.publication.application.NodeZenodoOverrides.Change;
import eu.imaginghub.catalogue.publication.application.NodeZenodoOverrides.Overrides;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A node's own Zenodo settings (admins): community, grant, token (write-only), DOIs on or off. */
@RequestScoped
@Path("nodes/{node}/zenodo")
@Produces(MediaType.APPLICATION_JSON)
public class NodeZenodoResource {

  @Inject NodeZenodoOverrides overrides;
  @Inject CurrentViewer viewer;

  @GET
  public Overrides get(@PathParam("node") String node) {
    return overrides.get(node, viewer.get());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Overrides put(@PathParam("node") String node, Change change) {
    return overrides.change(
        node, change == null ? new Change(null, null, null, null) : change, viewer.get());
  }
}
