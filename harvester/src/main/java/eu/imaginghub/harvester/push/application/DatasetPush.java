package eu.imaginghub.harvester.push.application;

import eu.imaginghub.catalogue.dataset.application.HarvestedDatasets;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.provenance.domain.RecordProvenance;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import eu.imaginghub.harvester.push.domain.PushReport;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.LocalIds;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import eu.imaginghub.harvester.run.application.Withdrawals;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RecordOutcome;
import eu.imaginghub.harvester.run.domain.RecordResult;
import eu.imaginghub.harvester.run.domain.RunError;
import eu.imaginghub.harvester.run.domain.RunRecord;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import eu.imaginghub.harvester.run.infrastructure.RunTraces;
import eu.imaginghub.harvester.run.infrastructure.StoredChunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores what a node pushes, as one harvest run in one transaction: valid records are added or
 * updated, refused ones change nothing, records whose content hash equals the stored one are not
 * written at all (so not re-indexed either), and a full sync withdraws the node's datasets it does
 * not list. Every record's provenance is kept.
 */
@ApplicationScoped
@Transactional
public class DatasetPush {

  private static final String IDENTIFIER = "http://purl.org/dc/terms/identifier";

  /** Records stored between two writes to the database (see {@link StoredChunks}). */
  private static final int CHUNK = 500;

  @Inject HarvestedDatasets catalogue;
  @Inject NodeLookup nodes;
  @Inject HarvestRunRepository runs;
  @Inject RecordProvenanceRepository provenance;
  @Inject Clock clock;
  @Inject RunTraces traces;
  @Inject FindingsJson findings;
  @Inject Withdrawals withdrawals;
  @Inject StoredChunks chunks;

  /**
   * Upserts the records; with {@code fullSync}, also withdraws the node's datasets not among them.
   */
  public PushReport push(
      String nodeId, List<PushedRecord> records, boolean fullSync, Viewer viewer) {
    requireOperator(nodeId, viewer);
    HarvestRun run = new HarvestRun(nodeId, RunTrigger.PUSH, null, clock.instant());
    runs.add(run);
    Applied applied = apply(nodeId, records, fullSync, run, RecordProvenance.PUSH, viewer);
    end(run, applied, fullSync);
    traces.finished(run, viewer);
    return new PushReport(run.id(), run.status().name(), applied.results(), applied.held());
  }

  /**
   * What applying records did: one result per record, the errors for the run's report, and the
   * local ids whose withdrawal is held for a person to confirm.
   */
  public record Applied(List<RecordResult> results, List<RunError> errors, List<String> held) {}

  /**
   * Ends a run that applied records: held when it holds withdrawals, else succeeded; a complete
   * listing supersedes the node's older held runs. Its datasets are searchable before the run's end
   * is committed, so a run that says it ended never shows counts search does not find yet.
   */
  public void end(HarvestRun run, Applied applied, boolean complete) {
    catalogue.makeSearchable();
    if (applied.held().isEmpty()) {
      run.succeed(applied.errors(), clock.instant());
    } else {
      run.hold(applied.held(), applied.errors(), clock.instant());
    }
    if (complete) {
      withdrawals.supersedeHeld(run);
    }
  }

  /**
   * Stores records in a run that is under way (pushed, or pulled from {@code source}); with {@code
   * complete}, withdraws the node's datasets the records do not list. The caller ends the run.
   */
  public Applied apply(
      String nodeId,
      List<PushedRecord> records,
      boolean complete,
      HarvestRun run,
      String source,
      Viewer viewer) {
    List<PushedRecord> checked = refuseDuplicates(records);
    // records taken as unchanged need only the hashes the hub holds, not their provenance rows
    Map<String, String> held =
        checked.stream().anyMatch(PushedRecord::knownUnchanged)
            ? provenance.liveHashes(nodeId)
            : Map.of();
    // read before any write: what the catalogue holds, whoever withdrew what
    List<String> live = catalogue.liveLocalIds(nodeId, viewer);
    Stored stored = new Stored(nodeId, run, source, viewer, held, new HashSet<>(live));
    chunks.store(
        release -> {
          for (int from = 0; from < checked.size(); from += CHUNK) {
            storeChunk(stored, checked.subList(from, Math.min(checked.size(), from + CHUNK)), from);
            release.run();
          }
        });
    List<RecordResult> results = stored.results();
    List<String> heldBack =
        complete ? withdrawUnlisted(nodeId, checked, live, run, results, viewer) : List.of();
    return new Applied(results, stored.errors(), heldBack);
  }

  /** What storing a run's records needs and gathers, chunk after chunk. */
  private record Stored(
      String nodeId,
      HarvestRun run,
      String source,
      Viewer viewer,
      Map<String, String> held,
      Set<String> inCatalogue,
      List<RecordResult> results,
      List<RunError> errors) {

    Stored(
        String nodeId,
        HarvestRun run,
        String source,
        Viewer viewer,
        Map<String, String> held,
        Set<String> inCatalogue) {
      this(nodeId, run, source, viewer, held, inCatalogue, new ArrayList<>(), new ArrayList<>());
    }
  }

  /**
   * Stores one chunk of records, the first at {@code position} in the run; their provenance is read
   * per chunk, for the entities of a chunk are let go once it is written.
   */
  private void storeChunk(Stored s, List<PushedRecord> chunk, int position) {
    Map<String, RecordProvenance> known = known(s.nodeId(), chunk);
    List<PushedRecord> checked =
        chunk.stream()
            .map(p -> p.knownUnchanged() ? stillHeld(p, s.held(), s.inCatalogue()) : p)
            .toList();
    // the datasets to write are read in one query, not one by one
    List<String> toWrite =
        checked.stream()
            .filter(r -> unwritten(r, known.get(r.localId()), s) == null)
            .map(PushedRecord::localId)
            .toList();
    HarvestedDatasets.Held held =
        toWrite.isEmpty() ? null : catalogue.held(s.nodeId(), toWrite, s.viewer());
    for (PushedRecord r : checked) {
      RecordProvenance before = known.get(r.localId());
      RecordOutcome outcome = unwritten(r, before, s);
      if (outcome == null) {
        outcome = write(held, r, before, s);
      }
      s.run().count(outcome);
      s.results().add(new RecordResult(r.localId(), outcome, r.warnings(), r.violations()));
      keepFindings(s.run(), position++, r, outcome);
      r.violations().forEach(v -> s.errors().add(new RunError(r.localId(), 0, 0, v.toString())));
    }
  }

  /**
   * Withdraws the node's live datasets the listing does not name, unless the guard holds them: then
   * nothing is withdrawn and the local ids are returned for the run to keep.
   */
  private List<String> withdrawUnlisted(
      String nodeId,
      List<PushedRecord> listing,
      List<String> live,
      HarvestRun run,
      List<RecordResult> results,
      Viewer viewer) {
    Set<String> listed = new HashSet<>();
    listing.forEach(r -> listed.add(r.localId()));
    List<String> missing = live.stream().filter(id -> !listed.contains(id)).toList();
    if (withdrawals.mustHold(live.size(), listing.size(), missing.size())) {
      return missing;
    }
    missing.forEach(id -> results.add(withdrawals.withdraw(nodeId, id, run, viewer)));
    return List.of();
  }

  /** Withdraws one of the node's datasets. */
  public PushReport withdraw(String nodeId, String localId, Viewer viewer) {
    requireOperator(nodeId, viewer);
    HarvestRun run = new HarvestRun(nodeId, RunTrigger.PUSH, null, clock.instant());
    runs.add(run);
    RecordResult result = withdrawals.withdraw(nodeId, localId, run, viewer);
    catalogue.makeSearchable();
    run.succeed(List.of(), clock.instant());
    traces.finished(run, viewer);
    return new PushReport(run.id(), run.status().name(), List.of(result), List.of());
  }

  /** The outcome of a record that is not written (refused or unchanged), else null. */
  private static RecordOutcome unwritten(PushedRecord r, RecordProvenance known, Stored s) {
    if (r.knownUnchanged() && r.violations().isEmpty()) {
      return RecordOutcome.UNCHANGED; // checked by stillHeld: the hub holds this very content
    }
    if (!r.accepted()) {
      return RecordOutcome.INVALID;
    }
    boolean live = known != null && s.inCatalogue().contains(r.localId());
    if (live && known.unchangedBy(r.received().contentHash())) {
      return RecordOutcome.UNCHANGED;
    }
    return null;
  }

  private RecordOutcome write(
      HarvestedDatasets.Held held, PushedRecord r, RecordProvenance known, Stored s) {
    var outcome = catalogue.upsert(held, r.localId(), r.status(), r.description(), s.viewer());
    String nodeId = s.nodeId();
    RecordProvenance p =
        known != null
            ? known
            : new RecordProvenance(nodeId, r.localId(), DatasetId.of(nodeId, r.localId()).value());
    p.received(r.received(), s.source(), s.run().id(), clock.instant());
    if (known == null) {
      provenance.add(p);
    }
    return RecordOutcome.valueOf(outcome.name());
  }

  /** What validation said about a record with any finding, kept with the run. */
  private void keepFindings(HarvestRun run, int position, PushedRecord r, RecordOutcome outcome) {
    if (r.warnings().isEmpty() && r.violations().isEmpty()) {
      return;
    }
    List<Finding> all = new ArrayList<>(r.violations());
    all.addAll(r.warnings());
    runs.add(
        new RunRecord(
            run.id(),
            position,
            r.localId(),
            outcome,
            findings.write(all),
            r.received() == null ? null : r.received().shaclReport()));
  }

  /**
   * A pulled record taken as unchanged when the run began is unchanged only if the hub still holds
   * that content live; else it was withdrawn or replaced meanwhile, and without its mapping it
   * cannot be stored: it is refused for this run and read in full by the next.
   */
  static PushedRecord stillHeld(PushedRecord r, Map<String, String> held, Set<String> inCatalogue) {
    if (r.violations().isEmpty()
        && inCatalogue.contains(r.localId())
        && r.localId().equals(held.get(r.received().contentHash()))) {
      return r;
    }
    return r.refused(
        Finding.violation(
            null,
            null,
            "the hub's copy changed during the run (withdrawn or replaced): the record is read"
                + " again by the next harvest"));
  }

  private Map<String, RecordProvenance> known(String nodeId, List<PushedRecord> records) {
    return provenance.findAll(nodeId, accepted(records)).stream()
        .collect(Collectors.toMap(RecordProvenance::localId, Function.identity()));
  }

  private static List<String> accepted(List<PushedRecord> records) {
    return records.stream().filter(PushedRecord::accepted).map(PushedRecord::localId).toList();
  }

  /**
   * Records without a usable local id are refused, and two records with one local id both: which
   * one the node meant is unknown.
   */
  static List<PushedRecord> refuseDuplicates(List<PushedRecord> records) {
    Map<String, Integer> counts = new HashMap<>();
    records.forEach(r -> counts.merge(String.valueOf(r.localId()), 1, Integer::sum));
    return records.stream().map(r -> refuseUnidentified(r, counts)).toList();
  }

  private static PushedRecord refuseUnidentified(PushedRecord r, Map<String, Integer> counts) {
    if (!LocalIds.isValid(r.localId())) {
      return r.refused(
          Finding.violation(null, "localId", "a valid local id is required: " + r.localId()));
    }
    if (counts.get(r.localId()) > 1) {
      return r.refused(
          Finding.violation(null, IDENTIFIER, "local id " + r.localId() + " is sent twice"));
    }
    return r;
  }

  private void requireOperator(String nodeId, Viewer viewer) {
    viewer.requireOperator(nodeId);
    if (!NodeId.isValid(nodeId) || nodes.find(new NodeId(nodeId)).isEmpty()) {
      throw ProblemException.notFound("node", nodeId);
    }
  }
}
