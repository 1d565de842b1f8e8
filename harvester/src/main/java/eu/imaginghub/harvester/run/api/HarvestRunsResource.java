package eu.imaginghub.harvester.run.api;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.QueryNumbers;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import eu.imaginghub.harvester.run.application.HarvestRuns;
import eu.imaginghub.harvester.run.application.HeldRuns;
import eu.imaginghub.harvester.run.application.RunValidation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * One run's report: status, counts, duration and errors; its validation report, as JSON or as one
 * SHACL report in Turtle; and the decision on a held run's withdrawals (admins and the node's
 * operators).
 */
@RequestScoped
@Path("harvests")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestRunsResource {

  private static final int MAX_SIZE = 1000;

  @Inject HarvestRuns runs;
  @Inject RunValidation validation;
  @Inject FindingsJson findings;
  @Inject CurrentViewer viewer;
  @Inject HeldRuns held;

  @GET
  @Path("{run}")
  public HarvestRunJson get(@PathParam("run") String run) {
    return HarvestRunJson.of(runs.get(run, viewer.get()));
  }

  /** Applies a held run's withdrawals now (admins and the node's operators). */
  @POST
  @Path("{run}/confirm")
  public HarvestRunJson confirm(@PathParam("run") String run) {
    return HarvestRunJson.of(held.confirm(run, viewer.get()));
  }

  /** Drops a held run's withdrawals (admins and the node's operators). */
  @POST
  @Path("{run}/discard")
  public HarvestRunJson discard(@PathParam("run") String run) {
    return HarvestRunJson.of(held.discard(run, viewer.get()));
  }

  @GET
  @Path("{run}/validation")
  public RunValidationJson validation(
      @PathParam("run") String run,
      @QueryParam("page") String pageParam,
      @QueryParam("size") String sizeParam) {
    List<FieldProblem> problems = new ArrayList<>();
    int page = QueryNumbers.positive(pageParam, 1, "page", problems);
    int size = QueryNumbers.positive(sizeParam, 100, "size", problems);
    if (size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be at most " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    RunValidation.Page p = validation.page(run, page - 1, size, viewer.get());
    return RunValidationJson.of(p, page, size, findings);
  }

  @GET
  @Path("{run}/validation")
  @Produces("text/turtle;qs=0.9")
  public String validationTurtle(@PathParam("run") String run) {
    return validation.shaclTurtle(run, viewer.get());
  }
}
