package eu.imaginghub.harvester.run.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One harvest of a node's records, pulled or pushed: what started it, how it ended, what it did to
 * how many records, and its errors. Counts only grow while the run is {@code RUNNING}, except the
 * withdrawals of a {@code HELD} run, counted when a person confirms them.
 */
@Entity
@Table(name = "harvest_run")
public class HarvestRun {

  private static final int MAX_ERRORS = 1000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "node_id", nullable = false, length = 63)
  private String nodeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "run_trigger", nullable = false, length = 20)
  private RunTrigger trigger;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private RunStatus status;

  @Column(name = "source_url", length = 2000)
  private String sourceUrl;

  @Column(name = "added", nullable = false)
  private int added;

  @Column(name = "updated", nullable = false)
  private int updated;

  @Column(name = "unchanged", nullable = false)
  private int unchanged;

  @Column(name = "withdrawn", nullable = false)
  private int withdrawn;

  @Column(name = "invalid", nullable = false)
  private int invalid;

  @Column(name = "errors_json", length = 1000000)
  private String errorsJson;

  @Column(name = "held_json", length = 1000000)
  private String heldJson;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected HarvestRun() {}

  /**
   * Starts a run.
   *
   * @param sourceUrl the URL pulled from, or null for a push
   */
  public HarvestRun(String nodeId, RunTrigger trigger, String sourceUrl, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    this.sourceUrl = sourceUrl;
    this.status = RunStatus.RUNNING;
    this.startedAt = Objects.requireNonNull(now, "now");
  }

  public void count(RecordOutcome outcome) {
    ensureRunning();
    switch (outcome) {
      case ADDED -> added++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
      case WITHDRAWN -> withdrawn++;
      case INVALID -> invalid++;
    }
  }

  /** Ends the run: it went through (records may still have been invalid). */
  public void succeed(List<RunError> errors, Instant now) {
    end(RunStatus.SUCCEEDED, errors, now);
  }

  /** Ends the run as failed: it changed nothing that the errors do not say. */
  /**
   * Whether the run is still going after {@code timeout}: then the hub lost it (stopped mid-run)
   * and it may be ended, rather than block the node's pulls forever.
   */
  public boolean outlived(Duration timeout, Instant now) {
    return status == RunStatus.RUNNING && !startedAt.plus(timeout).isAfter(now);
  }

  public void fail(List<RunError> errors, Instant now) {
    end(RunStatus.FAILED, errors, now);
  }

  /**
   * Ends the run with its withdrawals held: what it added and updated is stored, the local ids it
   * would have withdrawn wait for {@link #confirm} or {@link #discard}.
   */
  public void hold(List<String> localIds, List<RunError> errors, Instant now) {
    if (localIds.isEmpty()) {
      throw new IllegalArgumentException("a held run holds at least one withdrawal");
    }
    end(RunStatus.HELD, errors, now);
    JsonArrayBuilder array = Json.createArrayBuilder();
    localIds.forEach(array::add);
    this.heldJson = array.build().toString();
  }

  /** A person confirmed the held withdrawals; {@code withdrawn} of them were still live. */
  public void confirm(int withdrawn) {
    ensureHeld();
    this.withdrawn += withdrawn;
    this.status = RunStatus.SUCCEEDED;
  }

  /** The held withdrawals are dropped: nothing is withdrawn. */
  public void discard() {
    ensureHeld();
    this.status = RunStatus.DISCARDED;
  }

  /**
   * A newer complete run of the node said what the node holds now, so this run's held withdrawals
   * are stale: they are discarded, and the run says by which run.
   */
  public void supersede(String newerRunId) {
    discard();
    List<RunError> all = new ArrayList<>(errors());
    all.add(new RunError(null, 0, 0, "held withdrawals superseded by run " + newerRunId));
    this.errorsJson = encode(all);
  }

  /** The local ids a held run would have withdrawn (kept once it is confirmed or discarded). */
  public List<String> heldLocalIds() {
    if (heldJson == null) {
      return List.of();
    }
    try (JsonReader reader = Json.createReader(new StringReader(heldJson))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }

  public boolean isHeld() {
    return status == RunStatus.HELD;
  }

  /** Ends the run: the source had nothing new. */
  public void notModified(Instant now) {
    end(RunStatus.NOT_MODIFIED, List.of(), now);
  }

  private void end(RunStatus outcome, List<RunError> errors, Instant now) {
    ensureRunning();
    this.status = outcome;
    this.errorsJson = errors.isEmpty() ? null : encode(errors);
    this.finishedAt = now;
  }

  private void ensureRunning() {
    if (status != RunStatus.RUNNING) {
      throw new IllegalStateException("run " + id + " has ended: " + status);
    }
  }

  private void ensureHeld() {
    if (status != RunStatus.HELD) {
      throw new IllegalStateException("run " + id + " holds no withdrawals: " + status);
    }
  }

  private static String encode(List<RunError> errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (RunError e : errors.subList(0, Math.min(errors.size(), MAX_ERRORS))) {
      var o = Json.createObjectBuilder();
      if (e.recordId() != null) {
        o.add("recordId", e.recordId());
      }
      array.add(
          o.add("line", e.line()).add("column", e.column()).add("message", e.message()).build());
    }
    return array.build().toString();
  }

  public List<RunError> errors() {
    if (errorsJson == null) {
      return List.of();
    }
    List<RunError> result = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(errorsJson))) {
      for (JsonObject o : reader.readArray().getValuesAs(JsonObject.class)) {
        result.add(
            new RunError(
                o.getString("recordId", null),
                o.getJsonNumber("line").longValue(),
                o.getJsonNumber("column").longValue(),
                o.getString("message")));
      }
    }
    return result;
  }

  public String id() {
    return id;
  }

  public String nodeId() {
    return nodeId;
  }

  public RunTrigger trigger() {
    return trigger;
  }

  public RunStatus status() {
    return status;
  }

  public Optional<String> sourceUrl() {
    return Optional.ofNullable(sourceUrl);
  }

  public int added() {
    return added;
  }

  public int updated() {
    return updated;
  }

  public int unchanged() {
    return unchanged;
  }

  public int withdrawn() {
    return withdrawn;
  }

  public int invalid() {
    return invalid;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
