package eu.imaginghub.harvester.push.application;

import eu.imaginghub.catalogue.dataset.application.HarvestedDatasets;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.provenance.domain.RecordProvenance;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.push.infrastructure.PushedRecordReader;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RecordOutcome;
import eu.imaginghub.harvester.run.domain.RunError;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import eu.imaginghub.harvester.run.infrastructure.RunTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a node's stored raw records again, as received, after the mapping changed: no network, one
 * run (trigger {@code REMAP}) in one transaction. Every live record goes through the catalogue
 * again, since an unchanged record may map differently now; the catalogue leaves equal ones be.
 */
@ApplicationScoped
@Transactional
public class RawRemap {

  @Inject RecordProvenanceRepository provenance;
  @Inject PushedRecordReader reader;
  @Inject HarvestedDatasets catalogue;
  @Inject HarvestRunRepository runs;
  @Inject RunTraces traces;
  @Inject Clock clock;

  public HarvestRun remap(String nodeId, Viewer viewer) {
    if (!viewer.isAdmin()) {
      viewer.requireOperator(nodeId);
      throw ProblemException.forbidden("Only admins re-map a node's records");
    }
    HarvestRun run = new HarvestRun(nodeId, RunTrigger.REMAP, null, clock.instant());
    runs.add(run);
    List<RunError> errors = new ArrayList<>();
    for (RecordProvenance p : provenance.liveOfNode(nodeId)) {
      PushedRecord record = read(p, errors);
      if (record == null || !record.accepted()) {
        run.count(RecordOutcome.INVALID);
        if (record != null) {
          record
              .violations()
              .forEach(v -> errors.add(new RunError(p.localId(), 0, 0, v.toString())));
        }
        continue;
      }
      var outcome =
          catalogue.upsert(nodeId, p.localId(), record.status(), record.description(), viewer);
      run.count(RecordOutcome.valueOf(outcome.name()));
    }
    catalogue.makeSearchable();
    run.succeed(errors, clock.instant());
    traces.finished(run, viewer);
    return run;
  }

  private PushedRecord read(RecordProvenance p, List<RunError> errors) {
    try {
      List<PushedRecord> records =
          reader.read(p.rawRecord().getBytes(StandardCharsets.UTF_8), p.mediaType());
      PushedRecord record = records.get(0);
      return record.localId() == null ? record.identified(p.localId()) : record;
    } catch (ProblemException | IndexOutOfBoundsException e) {
      errors.add(
          new RunError(p.localId(), 0, 0, "the stored record no longer reads: " + e.getMessage()));
      return null;
    }
  }
}
