package eu.imaginghub.catalogue.search.api;

import eu.imaginghub.catalogue.search.application.IndexReconciliation;
import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;

/** Admin operations on the search index. */
@RequestScoped
@Path("admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

  /** The outcome of a rebuild. */
  public record RebuildReport(long indexed, long millis) {}

  @Inject DatasetIndex index;
  @Inject IndexReconciliation reconciliation;
  @Inject CurrentViewer viewer;

  /** Rebuilds the index from the database, e.g. after restoring a backup or changing engine. */
  @POST
  @Path("rebuild")
  public RebuildReport rebuild() throws InterruptedException {
    viewer.get().requireAdmin("rebuild the search index");
    Instant start = Instant.now();
    index.rebuild();
    long indexed = index.countIndexed();
    return new RebuildReport(indexed, Duration.between(start, Instant.now()).toMillis());
  }

  /**
   * Compares the index with the database dataset by dataset and repairs the difference, as the hub
   * does on every start: what the health check's disagreement asks for.
   */
  @POST
  @Path("repair")
  public IndexReconciliation.Report repair() throws InterruptedException {
    viewer.get().requireAdmin("repair the search index");
    return reconciliation.reconcile();
  }
}
