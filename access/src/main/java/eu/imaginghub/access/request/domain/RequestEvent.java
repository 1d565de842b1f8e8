package eu.imaginghub.access.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One event of a request's timeline: who did what, when, on which part, with what comment. Never
 * changed or deleted; the position in the timeline is unique per request, so two changes made at
 * once from the same state cannot both be appended.
 */
@Entity
@Table(name = "access_request_event")
public class RequestEvent {

  /** Actor of decisions the votes took by themselves. */
  public static final String QUORUM = "quorum";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false)
  private AccessRequest request;

  @Column(name = "seq", nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private EventKind kind;

  @Column(name = "actor", nullable = false, length = 255)
  private String actor;

  @Column(name = "part_id", length = 36)
  private String partId;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected RequestEvent() {}

  RequestEvent(
      AccessRequest request,
      int seq,
      EventKind kind,
      String actor,
      String partId,
      String comment,
      Instant occurredAt) {
    this.id = UUID.randomUUID().toString();
    this.request = request;
    this.seq = seq;
    this.kind = kind;
    this.actor = actor;
    this.partId = partId;
    this.comment = comment;
    this.occurredAt = occurredAt;
  }

  public String id() {
    return id;
  }

  public int seq() {
    return seq;
  }

  public EventKind kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> partId() {
    return Optional.ofNullable(partId);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
