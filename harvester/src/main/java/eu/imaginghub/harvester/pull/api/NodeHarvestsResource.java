package eu.imaginghub.harvester.pull.api;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.QueryNumbers;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.pull.application.PullHarvest;
import eu.imaginghub.harvester.push.application.RawRemap;
import eu.imaginghub.harvester.run.api.HarvestRunJson;
import eu.imaginghub.harvester.run.application.HarvestRuns;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's pull runs: started by hand (admins, the node's operators) and answered at once with the
 * run, whose report fills in when it ends; the list of its runs, newest first.
 */
@RequestScoped
@Path("nodes/{node}/harvests")
@Produces(MediaType.APPLICATION_JSON)
public class NodeHarvestsResource {

  @Inject PullHarvest pull;
  @Inject HarvestRuns runs;
  @Inject RawRemap remap;
  @Inject CurrentViewer viewer;
  @Context UriInfo uri;

  @POST
  public Response trigger(@PathParam("node") String node) {
    return started(RunTrigger.MANUAL, node);
  }

  /** Maps the node's stored raw records again, without fetching anything (admins). */
  @POST
  @Path("remap")
  public HarvestRunJson remap(@PathParam("node") String node) {
    return HarvestRunJson.of(remap.remap(node, viewer.get()));
  }

  @GET
  public List<HarvestRunJson> list(
      @PathParam("node") String node, @QueryParam("limit") String limit) {
    List<FieldProblem> problems = new ArrayList<>();
    int n = QueryNumbers.positive(limit, 50, "limit", problems);
    if (!problems.isEmpty() || n > 1000) {
      throw ProblemException.invalid("limit", "is between 1 and 1000");
    }
    return runs.ofNode(node, n, viewer.get()).stream().map(HarvestRunJson::of).toList();
  }

  /** Starts a run and answers 202 with it and where its report will be. */
  Response started(RunTrigger trigger, String node) {
    String runId = pull.start(node, trigger, viewer.get());
    return Response.accepted(HarvestRunJson.of(runs.get(runId, viewer.get())))
        .location(uri.getBaseUriBuilder().path("harvests").path(runId).build())
        .build();
  }
}
