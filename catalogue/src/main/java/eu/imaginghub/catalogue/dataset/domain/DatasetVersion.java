package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
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
 * An earlier version of a dataset, frozen when the next one was made: its description (as the JSON
 * the API answers with), status and persistent identifiers, as they were. Never changed after,
 * except for identifiers minted for it later.
 */
@Entity
@Table(name = "dataset_version")
public class DatasetVersion {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "dataset_id", nullable = false, length = 64)
  private String datasetId;

  @Column(name = "version_number", nullable = false)
  private int version;

  @Column(name = "description_json", nullable = false, length = 1000000)
  private String descriptionJson;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private LifecycleStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "superseded_at", nullable = false)
  private Instant supersededAt;

  @Column(name = "doi", length = 200)
  private String doi;

  @Column(name = "concept_doi", length = 200)
  private String conceptDoi;

  @Column(name = "record_url", length = 1000)
  private String recordUrl;

  protected DatasetVersion() {}

  /** Freezes the dataset's current version, superseded now; {@code json} is its description. */
  public static DatasetVersion freeze(Dataset dataset, String json, Instant now) {
    DatasetVersion v = new DatasetVersion();
    LifecycleState state = dataset.lifecycle();
    v.id = UUID.randomUUID().toString();
    v.datasetId = dataset.id().value();
    v.version = state.version();
    v.descriptionJson = Objects.requireNonNull(json, "json");
    v.status = dataset.status();
    v.createdAt = state.versionCreatedAt() != null ? state.versionCreatedAt() : dataset.createdAt();
    v.supersededAt = now;
    v.doi = state.doi().orElse(null);
    v.conceptDoi = state.conceptDoi().orElse(null);
    v.recordUrl = state.recordUrl().orElse(null);
    return v;
  }

  /** Stores the identifiers minted for this version after it was superseded. */
  public void identify(String doi, String conceptDoi, String recordUrl) {
    this.doi = doi;
    this.conceptDoi = conceptDoi;
    this.recordUrl = recordUrl;
  }

  public DatasetId datasetId() {
    return new DatasetId(datasetId);
  }

  public int version() {
    return version;
  }

  public String descriptionJson() {
    return descriptionJson;
  }

  public LifecycleStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant supersededAt() {
    return supersededAt;
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
}
