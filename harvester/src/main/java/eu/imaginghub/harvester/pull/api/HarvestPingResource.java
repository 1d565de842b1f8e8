package eu.imaginghub.harvester.pull.api;

import eu.imaginghub.harvester.run.domain.RunTrigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A node asks for an immediate pull of its catalogue, authenticated with its API token. */
@RequestScoped
@Path("nodes/{node}/harvest-ping")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestPingResource {

  @Inject NodeHarvestsResource harvests;

  @POST
  public Response ping(@PathParam("node") String node) {
    return harvests.started(RunTrigger.PING, node);
  }
}
