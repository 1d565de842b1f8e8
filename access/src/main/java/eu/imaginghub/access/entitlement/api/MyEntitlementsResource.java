package eu.imaginghub.access.entitlement.api;

import eu.imaginghub.access.entitlement.application.Entitlements;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The entitlements of the caller's own projects: what they may use, and until when. */
@RequestScoped
@Path("me/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class MyEntitlementsResource {

  @Inject Entitlements entitlements;
  @Inject EntitlementAssembler assembler;
  @Inject CurrentViewer viewer;

  @GET
  public List<EntitlementJson> list() {
    Viewer v = viewer.get();
    return assembler.json(entitlements.ofOwnProjects(v), v);
  }
}
