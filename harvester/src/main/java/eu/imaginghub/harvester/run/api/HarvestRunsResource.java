package eu.imaginghub.harvester.run.api;

import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.run.application.HarvestRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One run's report: status, counts, duration and errors (admins and the node's operators). */
@RequestScoped
@Path("harvests")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestRunsResource {

  @Inject HarvestRuns runs;
  @Inject CurrentViewer viewer;

  @GET
  @Path("{run}")
  public HarvestRunJson get(@PathParam("run") String run) {
    return HarvestRunJson.of(runs.get(run, viewer.get()));
  }
}
