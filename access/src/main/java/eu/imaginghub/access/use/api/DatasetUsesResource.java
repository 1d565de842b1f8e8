package eu.imaginghub.access.use.api;

import eu.imaginghub.access.use.application.UseQueries;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.QueryNumbers;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The checked and reported uses of a dataset, newest first, for those who may see them. */
@RequestScoped
@Path("datasets/{id}/uses")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetUsesResource {

  private static final int MAX_SIZE = 1000;

  /** A page of uses; {@code allowedActions} is empty: a use, once recorded, never changes. */
  public record DatasetUsesJson(
      String datasetId,
      String title,
      String nodeId,
      long total,
      int page,
      int size,
      List<UseJson> items,
      List<String> allowedActions) {}

  @Inject UseQueries queries;
  @Inject CurrentViewer viewer;

  // page and size as text: the container answers 404 for a number that is no int
  @GET
  public DatasetUsesJson list(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    List<FieldProblem> problems = new ArrayList<>();
    int p = QueryNumbers.positive(page, 1, "page", problems);
    int s = QueryNumbers.positive(size, 50, "size", problems);
    if (s > MAX_SIZE) {
      problems.add(new FieldProblem("size", "is at most " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    if ((long) (p - 1) * s > Integer.MAX_VALUE) {
      throw ProblemException.invalid("page", "is past any use");
    }
    UseQueries.DatasetUses uses = queries.ofDataset(id, viewer.get(), p, s);
    return new DatasetUsesJson(
        uses.dataset().id(),
        uses.dataset().title(),
        uses.dataset().nodeId(),
        uses.total(),
        p,
        s,
        uses.items().stream().map(UseJson::of).toList(),
        List.of());
  }
}
