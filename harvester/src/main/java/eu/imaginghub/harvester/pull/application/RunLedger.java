package eu.imaginghub.harvester.pull.application;

import eu.imaginghub.catalogue.dataset.application.HarvestedDatasets;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import eu.imaginghub.harvester.push.application.DatasetPush;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.push.infrastructure.PushedRecordReader;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RunError;
import eu.imaginghub.harvester.run.domain.RunStatus;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import eu.imaginghub.harvester.run.infrastructure.RunTraces;
import eu.imaginghub.harvester.source.domain.HarvestSource;
import eu.imaginghub.harvester.source.domain.HarvestSourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The transactional steps of a pull run: its start (one run per node at a time, guarded by a lock
 * on the node's source row) and its end, where a complete fetch is stored in one transaction
 * together with the run's outcome and its trace; a failed fetch changes no dataset.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RunLedger {

  private static final Logger LOG = Logger.getLogger(RunLedger.class.getName());

  /** A started run and what to fetch for it. */
  public record Started(String runId, String nodeId, FetchRequest request) {}

  @Inject HarvestSourceRepository sources;
  @Inject HarvestRunRepository runs;
  @Inject DatasetPush push;
  @Inject PushedRecordReader reader;
  @Inject RunTraces traces;
  @Inject Clock clock;
  @Inject RecordProvenanceRepository provenance;
  @Inject HarvestedDatasets datasets;

  public Started begin(String nodeId, RunTrigger trigger, Duration timeout) {
    HarvestSource source =
        sources
            .findForUpdate(nodeId)
            .orElseThrow(() -> ProblemException.notFound("harvest source", nodeId));
    for (HarvestRun running : runs.running(nodeId)) {
      if (!running.outlived(timeout, clock.instant())) {
        throw new ProblemException(
            ProblemException.Kind.CONFLICT,
            "A harvest of '" + nodeId + "' is already running: " + running.id());
      }
      // a run the hub lost (stopped mid-run) is ended here rather than blocking the node forever
      running.fail(
          List.of(new RunError(null, 0, 0, "the run did not finish in time")), clock.instant());
    }
    HarvestRun run = new HarvestRun(nodeId, trigger, source.url(), clock.instant());
    runs.add(run);
    return new Started(run.id(), nodeId, source.nextFetch());
  }

  /**
   * What the hub holds live from the node, by content hash: the fetch need not map or validate
   * those records again. A record withdrawn in the catalogue is read in full.
   */
  public Map<String, String> known(String nodeId, Viewer viewer) {
    Set<String> live = new HashSet<>(datasets.liveLocalIds(nodeId, viewer));
    Map<String, String> known = new HashMap<>(provenance.liveHashes(nodeId));
    known.values().retainAll(live);
    return known;
  }

  /** Stores what the fetch brought, all or nothing, and ends the run. */
  public HarvestRun finish(String runId, FetchOutcome outcome, Viewer actingFor) {
    HarvestRun run = runs.findForUpdate(runId).orElseThrow();
    if (run.status() != RunStatus.RUNNING) {
      return run; // timed out meanwhile: a late result changes nothing
    }
    if (outcome instanceof FetchOutcome.Complete complete) {
      store(run, complete, actingFor);
    } else if (outcome instanceof FetchOutcome.Failed f) {
      failed(run, new RunError(null, line(f.line()), line(f.column()), f.message()));
    } else {
      run.notModified(clock.instant());
    }
    traces.finished(run, actingFor);
    return run;
  }

  /**
   * Ends a run that could not be stored or took too long; nothing it read is kept. Returns the run,
   * or null when it had ended already.
   */
  public HarvestRun fail(String runId, String message, Viewer actingFor) {
    HarvestRun run = runs.findForUpdate(runId).orElse(null);
    if (run == null || run.status() != RunStatus.RUNNING) {
      return null;
    }
    failed(run, new RunError(null, 0, 0, message));
    traces.finished(run, actingFor);
    return run;
  }

  private void store(HarvestRun run, FetchOutcome.Complete c, Viewer actingFor) {
    List<PushedRecord> records = c.records().stream().map(r -> reader.pushed(r)).toList();
    DatasetPush.Applied applied =
        push.apply(run.nodeId(), records, true, run, run.sourceUrl().orElseThrow(), actingFor);
    List<RunError> errors = new ArrayList<>(applied.errors());
    c.findings().forEach(f -> errors.add(new RunError(f.focus(), 0, 0, f.toString())));
    push.end(run, new DatasetPush.Applied(applied.results(), errors, applied.held()), true);
    sources.find(run.nodeId()).orElseThrow().fetched(c.etag(), c.lastModified(), clock.instant());
  }

  private void failed(HarvestRun run, RunError error) {
    run.fail(List.of(error), clock.instant());
    LOG.warning(
        () -> "Harvest " + run.id() + " of node '" + run.nodeId() + "' failed: " + error.message());
  }

  private static long line(long value) {
    return Math.max(0, value);
  }
}
