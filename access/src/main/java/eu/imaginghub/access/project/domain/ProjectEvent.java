package eu.imaginghub.access.project.domain;

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

/** One change of a project, with who made it and when. Never changed or deleted. */
@Entity
@Table(name = "project_event")
public class ProjectEvent {

  /** What happened. */
  public enum Type {
    CREATED,
    MEMBER_ADDED,
    MEMBER_REMOVED,
    CLOSED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "project_code", nullable = false)
  private Project project;

  /** Position in the project's history, from 1: times may tie, the order may not. */
  @Column(name = "seq", nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 30)
  private Type type;

  @Column(name = "actor", nullable = false, length = 255)
  private String actor;

  @Column(name = "member_subject", length = 255)
  private String memberSubject;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected ProjectEvent() {}

  ProjectEvent(
      Project project, int seq, Type type, String actor, String memberSubject, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.project = project;
    this.seq = seq;
    this.type = type;
    this.actor = actor;
    this.memberSubject = memberSubject;
    this.occurredAt = now;
  }

  public int seq() {
    return seq;
  }

  public Type type() {
    return type;
  }

  public String actor() {
    return actor;
  }

  /** The member added or removed, for member events. */
  public Optional<String> memberSubject() {
    return Optional.ofNullable(memberSubject);
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
