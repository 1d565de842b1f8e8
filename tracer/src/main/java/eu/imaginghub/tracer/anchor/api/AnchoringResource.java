package eu.imaginghub.tracer.anchor.api;

import eu.imaginghub.tracer.anchor.application.AnchoringStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where anchoring stands; public, so that everyone can see whether traces reach a chain. */
@RequestScoped
@Path("traces/anchoring")
@Transactional
public class AnchoringResource {

  @Inject AnchoringStatus anchoring;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public AnchoringStatus.Snapshot anchoring() {
    return anchoring.now();
  }
}
