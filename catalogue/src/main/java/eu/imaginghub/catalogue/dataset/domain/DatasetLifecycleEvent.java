package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One step in a dataset's life (created, released, published, invalidated, a new version): who took
 * it, when, why, and the status before and after. The history shown to whoever sees the dataset;
 * never changed.
 */
@Entity
@Table(name = "dataset_lifecycle_event")
public class DatasetLifecycleEvent {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "dataset_id", nullable = false, length = 64)
  private String datasetId;

  @Column(name = "version_number", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "transition", nullable = false, length = 20)
  private LifecycleTransition transition;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20)
  private LifecycleStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20)
  private LifecycleStatus to;

  @Column(name = "actor", length = 255)
  private String actor;

  @Column(name = "actor_name", length = 500)
  private String actorName;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(name = "reason", length = LifecycleTransition.MAX_REASON)
  private String reason;

  protected DatasetLifecycleEvent() {}

  /**
   * The step the dataset just took, from {@code from} (null when created) to its status now.
   *
   * @param actor the subject who took it; {@code actorName} how they are shown
   */
  public DatasetLifecycleEvent(
      Dataset dataset,
      LifecycleTransition transition,
      LifecycleStatus from,
      String actor,
      String actorName,
      String reason,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.datasetId = dataset.id().value();
    this.version = dataset.lifecycle().version();
    this.transition = Objects.requireNonNull(transition, "transition");
    this.from = from;
    this.to = dataset.status();
    this.actor = actor;
    this.actorName = actorName;
    this.reason = reason;
    this.at = Objects.requireNonNull(at, "at");
  }

  public int version() {
    return version;
  }

  public LifecycleTransition transition() {
    return transition;
  }

  public LifecycleStatus from() {
    return from;
  }

  public LifecycleStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public String actorName() {
    return actorName;
  }

  public Instant at() {
    return at;
  }

  public String reason() {
    return reason;
  }
}
