package eu.imaginghub.harvester.run.application;

import eu.imaginghub.catalogue.dataset.application.HarvestedDatasets;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RecordOutcome;
import eu.imaginghub.harvester.run.infrastructure.RunTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/**
 * A person's decision on a held run (an admin or one of the node's operators): confirm its
 * withdrawals, or discard them. Either is traced like the end of any run.
 */
@ApplicationScoped
@Transactional
public class HeldRuns {

  @Inject HarvestRunRepository runs;
  @Inject Withdrawals withdrawals;
  @Inject HarvestedDatasets catalogue;
  @Inject RecordProvenanceRepository provenance;
  @Inject RunTraces traces;

  /**
   * Withdraws what the run held, now: only records still live and not received again since the run
   * started, since a node that published a record again meant to keep it.
   */
  public HarvestRun confirm(String runId, Viewer viewer) {
    HarvestRun run = held(runId, viewer);
    Set<String> live = new HashSet<>(catalogue.liveLocalIds(run.nodeId(), viewer));
    int withdrawn = 0;
    for (String localId : run.heldLocalIds()) {
      if (live.contains(localId) && !receivedSince(run, localId)) {
        RecordOutcome outcome = withdrawals.withdrawOne(run.nodeId(), localId, run.id(), viewer);
        withdrawn += outcome == RecordOutcome.WITHDRAWN ? 1 : 0;
      }
    }
    catalogue.makeSearchable();
    run.confirm(withdrawn);
    traces.finished(run, viewer);
    return run;
  }

  /** Drops what the run held: nothing is withdrawn. */
  public HarvestRun discard(String runId, Viewer viewer) {
    HarvestRun run = held(runId, viewer);
    run.discard();
    traces.finished(run, viewer);
    return run;
  }

  private HarvestRun held(String runId, Viewer viewer) {
    HarvestRun run =
        runs.findForUpdate(runId).orElseThrow(() -> ProblemException.notFound("run", runId));
    viewer.requireOperator(run.nodeId());
    if (!run.isHeld()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Run " + runId + " holds no withdrawals to decide on: it is " + run.status());
    }
    return run;
  }

  private boolean receivedSince(HarvestRun run, String localId) {
    return provenance
        .find(run.nodeId(), localId)
        .map(p -> p.fetchedAt().isAfter(run.startedAt()))
        .orElse(false);
  }
}
