package eu.imaginghub.access.visa.api;

import eu.imaginghub.access.visa.application.Passports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The hub's public visa keys, for anyone checking a visa offline. */
@RequestScoped
@Path("visas")
public class VisasResource {

  @Inject Passports passports;

  @GET
  @Path("jwks")
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(passports.keySet()).cacheControl(cache).build();
  }
}
