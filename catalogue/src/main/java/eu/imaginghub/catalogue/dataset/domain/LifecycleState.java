package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a dataset stands across its versions: the version it is at and since when, whether it was
 * ever published (then it is never deleted and stays readable), the persistent identifiers of its
 * current version, and its invalidation. Kept with the dataset row.
 */
@Embeddable
public class LifecycleState {

  @Column(name = "version_number", nullable = false)
  private int version = 1;

  @Column(name = "version_created_at")
  private Instant versionCreatedAt;

  @Column(name = "ever_published", nullable = false)
  private boolean everPublished;

  @Column(name = "doi", length = 200)
  private String doi;

  @Column(name = "concept_doi", length = 200)
  private String conceptDoi;

  @Column(name = "record_url", length = 1000)
  private String recordUrl;

  @Column(name = "invalidated_at")
  private Instant invalidatedAt;

  @Column(name = "invalidated_by", length = 255)
  private String invalidatedBy;

  @Column(name = "invalidated_by_name", length = 500)
  private String invalidatedByName;

  @Column(name = "invalidation_reason", length = LifecycleTransition.MAX_REASON)
  private String invalidationReason;

  protected LifecycleState() {}

  static LifecycleState first(Instant now) {
    LifecycleState state = new LifecycleState();
    state.versionCreatedAt = Objects.requireNonNull(now, "now");
    return state;
  }

  /** Remembers a published status: a dataset once published is never deleted. */
  void reached(LifecycleStatus status) {
    if (status == LifecycleStatus.PUBLISHED) {
      everPublished = true;
    }
  }

  /** Starts the next version: it has no DOI of its own yet, only the concept DOI carries over. */
  void nextVersion(Instant now) {
    version++;
    versionCreatedAt = now;
    doi = null;
    recordUrl = null;
  }

  void invalidated(Instant at, String bySubject, String byName, String reason) {
    this.invalidatedAt = at;
    this.invalidatedBy = bySubject;
    this.invalidatedByName = byName;
    this.invalidationReason = reason;
  }

  /** Stores the identifiers minted for the current version. */
  public void identify(String doi, String conceptDoi, String recordUrl) {
    this.doi = doi;
    this.conceptDoi = conceptDoi;
    this.recordUrl = recordUrl;
  }

  public int version() {
    return version;
  }

  public Instant versionCreatedAt() {
    return versionCreatedAt;
  }

  public boolean everPublished() {
    return everPublished;
  }

  public Optional<String> doi() {
    return Optional.ofNullable(doi);
  }

  public Optional<String> conceptDoi() {
    return Optional.ofNullable(conceptDoi);
  }

  public Optional<String> recordUrl() {
    return Optional.ofNullable(recordUrl);
  }

  public Optional<Instant> invalidatedAt() {
    return Optional.ofNullable(invalidatedAt);
  }

  public String invalidatedBy() {
    return invalidatedBy;
  }

  public String invalidatedByName() {
    return invalidatedByName;
  }

  public String invalidationReason() {
    return invalidationReason;
  }
}
