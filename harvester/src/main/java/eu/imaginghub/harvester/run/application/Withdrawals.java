package eu.imaginghub.harvester.run.application;

import eu.imaginghub.catalogue.dataset.application.HarvestedDatasets;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RecordOutcome;
import eu.imaginghub.harvester.run.domain.RecordResult;
import eu.imaginghub.harvester.run.domain.WithdrawalGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Withdrawing a node's datasets within a run, and the guard that holds a run's withdrawals when its
 * listing looks like a broken document rather than a node that dropped datasets. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class Withdrawals {

  @Inject HarvestedDatasets catalogue;
  @Inject RecordProvenanceRepository provenance;
  @Inject HarvestRunRepository runs;
  @Inject Clock clock;

  private final HarvesterSettings settings = HarvesterSettings.current();

  /** Whether a listing of {@code listed} records must hold its {@code withdrawing} withdrawals. */
  public boolean mustHold(int live, int listed, int withdrawing) {
    return new WithdrawalGuard(settings.withdrawalMaxShare(), settings.withdrawalAlwaysAllowed())
        .holds(live, listed, withdrawing);
  }

  /** Withdraws one of the node's datasets and counts it in the run. */
  public RecordResult withdraw(String nodeId, String localId, HarvestRun run, Viewer viewer) {
    RecordOutcome outcome = withdrawOne(nodeId, localId, run.id(), viewer);
    run.count(outcome);
    return new RecordResult(localId, outcome, List.of(), List.of());
  }

  /** Withdraws one of the node's datasets for a run that has ended (a confirmed held run). */
  public RecordOutcome withdrawOne(String nodeId, String localId, String runId, Viewer viewer) {
    RecordOutcome outcome =
        RecordOutcome.valueOf(catalogue.withdraw(nodeId, localId, viewer).name());
    provenance.find(nodeId, localId).ifPresent(p -> p.withdrawn(runId, clock.instant()));
    return outcome;
  }

  /**
   * A complete run says what the node holds now: the node's older held runs are stale and are
   * discarded, so a held run never waits forever and an old listing is never confirmed late.
   */
  public void supersedeHeld(HarvestRun newer) {
    for (HarvestRun held : runs.held(newer.nodeId())) {
      if (!held.id().equals(newer.id())) {
        held.supersede(newer.id());
      }
    }
  }
}
