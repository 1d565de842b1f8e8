package eu.imaginghub.access.use.api;

import eu.imaginghub.access.use.application.Uses;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Nodes report the uses that ran, with the model a use trained or ran. */
@RequestScoped
@Path("use-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UseReportsResource {

  @Inject Uses uses;
  @Inject CurrentViewer viewer;

  /** Kept and traced whatever its entitlement, flagged {@code entitled: false} when it had none. */
  @POST
  public Response report(UseJson.Body body) {
    Viewer v = viewer.get();
    uses.requireMayAsk(v);
    return Response.status(Response.Status.CREATED)
        .entity(UseJson.of(uses.record(UseJson.report(body), v)))
        .build();
  }
}
