package eu.imaginghub.catalogue.search.application;

import eu.imaginghub.catalogue.search.domain.IndexDifference;
import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import eu.imaginghub.catalogue.search.infrastructure.IndexStamps;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Brings the search index back into agreement with the database, the source of truth: after a crash
 * between a commit and its indexing, a database restored from a backup, or an index lost. Datasets
 * whose document is missing or stale are indexed again, documents with no dataset row are removed;
 * when most of the index is missing it is rebuilt as a whole, which is faster.
 */
@ApplicationScoped
public class IndexReconciliation {

  private static final Logger LOG = Logger.getLogger(IndexReconciliation.class.getName());
  private static final int BATCH = 500;
  private static final int REBUILD_FLOOR = 1000;

  /**
   * What one reconciliation found and did.
   *
   * @param datasets dataset rows in the database
   * @param documents documents the index held before the repair
   * @param reindexed datasets indexed again (all of them when rebuilt)
   * @param purged ids of documents without a row, removed
   * @param rebuilt whether the whole index was rebuilt
   * @param millis how long it took
   */
  public record Report(
      long datasets, long documents, int reindexed, int purged, boolean rebuilt, long millis) {}

  /**
   * How many documents the index holds and how many dataset rows the database holds.
   *
   * @param documents documents in the index
   * @param datasets dataset rows in the database
   */
  public record Counts(long documents, long datasets) {}

  @Inject IndexStamps stamps;
  @Resource ManagedExecutorService executor;
  @Inject DatasetIndex index;

  /**
   * Counts the index first: a dataset committed in between can then only make the index look short,
   * never long. Runs in the caller's transaction.
   */
  public Counts counts() {
    long documents = index.countIndexed();
    return new Counts(documents, stamps.countInDatabase());
  }

  public Report reconcile() throws InterruptedException {
    long start = System.nanoTime();
    // the two sides are read at once: each takes seconds at a million datasets, one waiting on the
    // database, the other on the index. Their order does not matter, for every repair reads the
    // rows again: a write in between costs at most a needless reindex.
    Future<Map<String, Long>> fromDatabase = executor.submit(stamps::inDatabase);
    Map<String, Long> indexed = stamps.inIndex();
    Map<String, Long> database = result(fromDatabase);
    IndexDifference difference = IndexDifference.between(database, indexed);
    // Hub instances that coordinate share the index: a rebuild would drop it under the others'
    // searches, and a document merely waiting in the outbox would count as missing. Repairs go
    // through the outbox like any change, so the instances apply them in order with the rest.
    boolean rebuild =
        !index.coordinated()
            && difference.toReindex().size() > Math.max(REBUILD_FLOOR, database.size() / 2);
    if (rebuild) {
      index.rebuild();
    } else {
      inBatches(difference.toReindex(), stamps::reindex);
      inBatches(difference.toPurge(), stamps::purgeOrphans);
    }
    Report report =
        new Report(
            database.size(),
            indexed.size(),
            rebuild ? database.size() : difference.toReindex().size(),
            difference.toPurge().size(),
            rebuild,
            (System.nanoTime() - start) / 1_000_000);
    LOG.info(() -> "Search index checked against the database: " + report);
    return report;
  }

  private static <T> T result(Future<T> task) throws InterruptedException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("reading the datasets' stamps failed", e.getCause());
    }
  }

  private static void inBatches(List<String> ids, Consumer<List<String>> action) {
    for (int from = 0; from < ids.size(); from += BATCH) {
      action.accept(ids.subList(from, Math.min(ids.size(), from + BATCH)));
    }
  }
}
