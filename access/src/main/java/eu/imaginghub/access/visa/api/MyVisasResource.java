package eu.imaginghub.access.visa.api;

import eu.imaginghub.access.visa.application.Passports;
import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** The caller's GA4GH Passport visas: one per active entitlement of their projects. */
@RequestScoped
@Path("me/visas")
@Produces(MediaType.APPLICATION_JSON)
public class MyVisasResource {

  @Inject Passports passports;
  @Inject PublicUrl publicUrl;
  @Inject CurrentViewer viewer;

  /** The visas under the claim name a GA4GH Passport gives them. */
  @GET
  public Map<String, List<String>> visas(@Context UriInfo uri) {
    return Map.of("ga4gh_passport_v1", passports.visasOf(viewer.get(), publicUrl.of(uri)));
  }
}
