package eu.imaginghub.catalogue.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The publication of one dataset version on Zenodo (or its update on invalidation), as a persistent
 * state machine. Each step's result (the deposition id and reserved DOI after creating, then the
 * upload, then the publication) is stored before the next step starts, so a worker that takes over
 * after a crash goes on from the last step done instead of starting again. A worker holds the row
 * with a lease while it runs its steps.
 */
@Entity
@Table(name = "publication")
public class Publication {

  /** What the publication does on Zenodo. */
  public enum Kind {
    /** A first deposition for the dataset. */
    PUBLISH,
    /** A new Zenodo version of the dataset's record, under the same concept DOI. */
    NEW_VERSION,
    /** The record is edited to say the dataset is invalidated, and published again. */
    INVALIDATE
  }

  /** Where it stands, as operators see it. */
  public enum State {
    WAITING,
    DEPOSITING,
    PUBLISHED,
    RETRYING,
    FAILED,
    NO_DOI
  }

  /** The next step to do. */
  public enum Step {
    CREATE,
    UPLOAD,
    EDIT,
    UPDATE,
    PUBLISH,
    DONE
  }

  static final int MAX_TEXT = 2000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "dataset_id", nullable = false, length = 64)
  private String datasetId;

  @Column(name = "node_id", nullable = false, length = 63)
  private String nodeId;

  @Column(name = "version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private State state;

  @Enumerated(EnumType.STRING)
  @Column(name = "step", nullable = false, length = 20)
  private Step step;

  @Column(name = "deposition_id")
  private Long depositionId;

  @Column(name = "reserved_doi", length = 200)
  private String reservedDoi;

  @Column(name = "bucket_url", length = 1000)
  private String bucketUrl;

  @Column(name = "doi", length = 200)
  private String doi;

  @Column(name = "concept_doi", length = 200)
  private String conceptDoi;

  @Column(name = "record_url", length = 1000)
  private String recordUrl;

  @Column(name = "hub_url", length = 1000)
  private String hubUrl;

  @Column(name = "reason", length = MAX_TEXT)
  private String reason;

  @Embedded private Attempts attempts;

  @Column(name = "lease_owner", length = 100)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Publication() {}

  private Publication(Target target, Kind kind, State state, Step step, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.datasetId = Objects.requireNonNull(target.datasetId(), "dataset");
    this.nodeId = Objects.requireNonNull(target.nodeId(), "node");
    if (target.version() < 1) {
      throw new IllegalArgumentException("versions count from 1");
    }
    this.version = target.version();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.state = state;
    this.step = step;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
    this.attempts = Attempts.from(now);
  }

  /** The dataset version a publication is about. */
  public record Target(String datasetId, String nodeId, int version) {}

  /** A publication to run from its first step, tried again after failures until {@code until}. */
  public static Publication waiting(Target target, Kind kind, Instant now, Instant until) {
    Publication p =
        new Publication(
            target, kind, State.WAITING, kind == Kind.INVALIDATE ? Step.EDIT : Step.CREATE, now);
    p.attempts.until(until);
    return p;
  }

  /** A version published without a DOI, saying why. */
  public static Publication withoutDoi(Target target, Kind kind, String why, Instant now) {
    Publication p = new Publication(target, kind, State.NO_DOI, Step.DONE, now);
    p.reason = clip(why, MAX_TEXT);
    return p;
  }

  /** Why the publication is made: an invalidation's reason, said in the record. */
  public void because(String why) {
    this.reason = clip(why, MAX_TEXT);
  }

  /** Invalidation edits this deposition; the reason goes into the record. */
  public void aimAt(long deposition, String doi, String concept, String why) {
    this.depositionId = deposition;
    this.doi = doi;
    this.conceptDoi = concept;
    this.reason = clip(why, MAX_TEXT);
  }

  /** The deposition exists (made or found again): its id, reserved DOI and bucket are kept. */
  public void deposited(String worker, Deposition d, Instant now) {
    requireLeaseOf(worker);
    depositionId = d.id();
    reservedDoi = d.doi();
    bucketUrl = d.bucketUrl();
    conceptDoi = d.conceptDoi();
    moveTo(Step.UPLOAD, now);
  }

  /** The file is in the deposition; publishing is next. */
  public void uploaded(String worker, Instant now) {
    requireLeaseOf(worker);
    moveTo(Step.PUBLISH, now);
  }

  /** The published record is open for the change; its metadata is changed next. */
  public void opened(String worker, Instant now) {
    requireLeaseOf(worker);
    moveTo(Step.UPDATE, now);
  }

  /** The record's metadata is changed; publishing is next. */
  public void updated(String worker, Instant now) {
    requireLeaseOf(worker);
    moveTo(Step.PUBLISH, now);
  }

  /**
   * Zenodo published it: the DOI, concept DOI and record page are known. The successful run counts
   * as an attempt too.
   */
  public void published(String worker, Deposition d, Instant now) {
    requireLeaseOf(worker);
    attempts.succeeded();
    doi = d.doi();
    conceptDoi = d.conceptDoi();
    recordUrl = d.recordUrl();
    state = State.PUBLISHED;
    moveTo(Step.DONE, now);
    release();
  }

  /**
   * A step failed. A transient failure before the retry deadline comes back after the backoff's
   * pause (the last attempt at the deadline itself); anything else fails the publication.
   *
   * @return whether it failed for good
   */
  public boolean attemptFailed(
      String worker, ZenodoProblem problem, boolean retryable, Backoff backoff, Instant now) {
    requireLeaseOf(worker);
    boolean again = attempts.failed(problem, retryable, backoff, now);
    updatedAt = now;
    release();
    state = again ? State.RETRYING : State.FAILED;
    return !again;
  }

  /** Another step must end first (an earlier version's publication): comes back at {@code at}. */
  public void postpone(String worker, Instant at, Instant now) {
    requireLeaseOf(worker);
    attempts.postpone(at);
    updatedAt = now;
    release();
  }

  /** Nothing to do on Zenodo after all, saying why. */
  public void noDoi(String worker, String why, Instant now) {
    requireLeaseOf(worker);
    state = State.NO_DOI;
    reason = clip(why, MAX_TEXT);
    moveTo(Step.DONE, now);
    release();
  }

  /** An operator asks for a failed publication to be tried again now, with a new deadline. */
  public void retry(Instant now, Instant until) {
    if (state != State.FAILED) {
      throw new IllegalStateException("only a failed publication is tried again");
    }
    state = State.WAITING;
    attempts.again(now, until);
    updatedAt = now;
  }

  /** A worker starts its steps. */
  public void depositing(String worker, Instant now) {
    requireLeaseOf(worker);
    state = State.DEPOSITING;
    updatedAt = now;
  }

  public boolean leasedBy(String worker) {
    return worker.equals(leaseOwner);
  }

  private void moveTo(Step next, Instant now) {
    step = next;
    updatedAt = now;
  }

  private void release() {
    leaseOwner = null;
    leaseUntil = null;
  }

  private void requireLeaseOf(String worker) {
    if (!leasedBy(worker)) {
      throw new IllegalStateException("publication " + id + " is not leased by " + worker);
    }
  }

  static String clip(String text, int max) {
    return text == null ? null : text.substring(0, Math.min(text.length(), max));
  }

  /** The last failure, while it stands. */
  public Optional<ZenodoProblem> lastError() {
    return attempts.lastError();
  }

  public String id() {
    return id;
  }

  public String datasetId() {
    return datasetId;
  }

  public String nodeId() {
    return nodeId;
  }

  public int version() {
    return version;
  }

  public Kind kind() {
    return kind;
  }

  public State state() {
    return state;
  }

  public Step step() {
    return step;
  }

  public Optional<Long> depositionId() {
    return Optional.ofNullable(depositionId);
  }

  public String reservedDoi() {
    return reservedDoi;
  }

  public String bucketUrl() {
    return bucketUrl;
  }

  public String doi() {
    return doi;
  }

  public String conceptDoi() {
    return conceptDoi;
  }

  public String recordUrl() {
    return recordUrl;
  }

  public String reason() {
    return reason;
  }

  public int attempts() {
    return attempts.count();
  }

  public Instant nextAttemptAt() {
    return attempts.nextAt();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The hub's base URL as the change that made the publication reached it, if known. */
  public Optional<String> hubUrl() {
    return Optional.ofNullable(hubUrl);
  }

  /** Where the hub's landing pages are, for the links in the deposition. */
  public void linkTo(String base) {
    this.hubUrl = base;
  }

  /** The hub's id of the version, written into the deposition to find it again. */
  public String hubVersionId() {
    return "imaging-hub:" + datasetId + ":v" + version;
  }
}
