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

/**
 * Nodes ask whether a use may run. The caller is checked before the body is read, so that a caller
 * who may not ask learns nothing from the answer.
 */
@RequestScoped
@Path("use-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UseChecksResource {

  @Inject Uses uses;
  @Inject CurrentViewer viewer;

  /** Allowed or denied, with the reason; the answer is recorded and traced either way. */
  @POST
  public UseJson check(UseJson.Body body) {
    Viewer v = viewer.get();
    uses.requireMayAsk(v);
    return UseJson.of(uses.record(UseJson.check(body), v));
  }
}
