package eu.imaginghub.harvester.pull.application;

import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.application.NodeFetcher;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.run.application.RunFailureNotice;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pulls a node's catalogue: the run is started and answered at once, the fetch runs in the
 * background outside any transaction, and its result is stored in one transaction at the end. A run
 * that takes longer than the timeout is interrupted and marked failed. The node's operators are
 * told of a failure, or of withdrawals held for them, once it is stored.
 */
@ApplicationScoped
public class PullHarvest {

  private static final Logger LOG = Logger.getLogger(PullHarvest.class.getName());

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject RunLedger ledger;
  @Inject NodeFetcher fetcher;
  @Inject RunFailureNotice failures;

  private final long timeoutMillis = HarvesterSettings.current().runTimeout().toMillis();

  /** Starts a run for someone who operates the node (or an admin); returns the run id. */
  public String start(String nodeId, RunTrigger trigger, Viewer viewer) {
    viewer.requireOperator(nodeId);
    RunLedger.Started started = ledger.begin(nodeId, trigger, Duration.ofMillis(timeoutMillis));
    Future<?> run = executor.submit(() -> execute(started, viewer));
    scheduler.schedule(
        () -> stopIfLate(run, started, viewer), timeoutMillis, TimeUnit.MILLISECONDS);
    return started.runId();
  }

  /** The hub itself, acting for one node: what scheduled runs act as. */
  public static Viewer harvesterFor(String nodeId) {
    return new Viewer("harvester", "Harvester", Set.of(Role.NODE_OPERATOR), Set.of(nodeId));
  }

  private void execute(RunLedger.Started started, Viewer viewer) {
    HarvestRun ended = null;
    try {
      long start = System.nanoTime();
      // read here, off the request that started the run and outside the source's lock
      Map<String, String> known = ledger.known(started.nodeId(), viewer);
      FetchOutcome outcome = fetcher.fetch(started.request().knowing(known));
      long fetched = System.nanoTime();
      if (!Thread.currentThread().isInterrupted()) {
        ended = ledger.finish(started.runId(), outcome, viewer);
        logTimes(started.runId(), outcome, start, fetched);
      }
    } catch (Throwable e) { // an Error (a stack overflow in a parser) must end the run too
      ended = failAfter(started.runId(), e, viewer);
    }
    failures.tellOperators(ended);
  }

  /**
   * Ends a run that stopped on an exception or an error: a run left RUNNING with no thread working
   * on it would block the node's pulls until the timeout.
   */
  private HarvestRun failAfter(String runId, Throwable e, Viewer viewer) {
    // the run's report is shown to operators: the cause, which may name the hub's internals
    // (classes, SQL, transactions), stays in the log under an incident id
    String incident = java.util.UUID.randomUUID().toString();
    LOG.log(Level.WARNING, "Harvest run " + runId + " stopped, incident " + incident, e);
    String reason =
        e instanceof StackOverflowError
            ? "the document is nested too deeply to be read"
            : "the harvest could not be stored; quote incident " + incident;
    try {
      return ledger.fail(runId, reason, viewer);
    } catch (RuntimeException stillFailing) {
      LOG.log(Level.SEVERE, "Harvest run " + runId + " could not be marked failed", stillFailing);
      return null;
    }
  }

  private static void logTimes(String runId, FetchOutcome outcome, long start, long fetched) {
    if (outcome instanceof FetchOutcome.Complete c) {
      long end = System.nanoTime();
      LOG.info(
          () ->
              String.format(
                  "Harvest %s: %d records from %d documents (%d bytes) fetched and read in %d ms,"
                      + " stored in %d ms",
                  runId,
                  c.records().size(),
                  c.pages(),
                  c.bytes(),
                  (fetched - start) / 1_000_000,
                  (end - fetched) / 1_000_000));
    }
  }

  private void stopIfLate(Future<?> run, RunLedger.Started started, Viewer viewer) {
    if (!run.isDone()) {
      run.cancel(true);
      failures.tellOperators(
          ledger.fail(
              started.runId(),
              "the run took longer than " + timeoutMillis + " ms and was stopped",
              viewer));
    }
  }
}
