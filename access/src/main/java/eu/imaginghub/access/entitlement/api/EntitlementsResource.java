package eu.imaginghub.access.entitlement.api;

import eu.imaginghub.access.entitlement.application.DatasetFacts;
import eu.imaginghub.access.entitlement.application.Entitlements;
import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Entitlements: researchers see their projects', committee members their committees', admins all;
 * the governing committee's chair and admins revoke.
 */
@RequestScoped
@Path("entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class EntitlementsResource {

  @Inject Entitlements entitlements;
  @Inject EntitlementAssembler assembler;
  @Inject CurrentViewer viewer;

  @GET
  public List<EntitlementJson> list() {
    Viewer v = viewer.get();
    return assembler.json(entitlements.visibleTo(v), v);
  }

  @GET
  @Path("{id}")
  public EntitlementJson get(@PathParam("id") String id) {
    Viewer v = viewer.get();
    return assembler.json(entitlements.get(id, v), v);
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  public EntitlementJson revoke(@PathParam("id") String id, EntitlementJson.RevocationJson body) {
    Viewer v = viewer.get();
    Entitlement e = entitlements.get(id, v);
    Entitlement revoked =
        entitlements.revoke(
            id,
            body == null ? null : body.reason(),
            assembler.dataset(e.datasetId(), v).map(DatasetFacts.Facts::nodeId),
            v);
    return assembler.json(revoked, v);
  }
}
