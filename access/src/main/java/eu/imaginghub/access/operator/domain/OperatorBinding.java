package eu.imaginghub.access.operator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A person operating a node because an admin said so, from when until when. */
@Entity
@Table(name = "node_operator_binding")
public class OperatorBinding {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "subject", nullable = false, length = 255)
  private String subject;

  @Column(name = "node_id", nullable = false, length = 63)
  private String nodeId;

  @Column(name = "bound_by", nullable = false, length = 255)
  private String boundBy;

  @Column(name = "bound_at", nullable = false)
  private Instant boundAt;

  @Column(name = "unbound_by", length = 255)
  private String unboundBy;

  @Column(name = "unbound_at")
  private Instant unboundAt;

  protected OperatorBinding() {}

  public OperatorBinding(String subject, String nodeId, String boundBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.subject = Objects.requireNonNull(subject, "subject");
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.boundBy = Objects.requireNonNull(boundBy, "bound by");
    this.boundAt = Objects.requireNonNull(now, "now");
  }

  /** Ends the binding; ending it again changes nothing. */
  public void end(String actor, Instant now) {
    if (unboundAt == null) {
      unboundBy = Objects.requireNonNull(actor, "actor");
      unboundAt = Objects.requireNonNull(now, "now");
    }
  }

  public boolean active() {
    return unboundAt == null;
  }

  public String id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String nodeId() {
    return nodeId;
  }

  public String boundBy() {
    return boundBy;
  }

  public Instant boundAt() {
    return boundAt;
  }

  public Optional<String> unboundBy() {
    return Optional.ofNullable(unboundBy);
  }

  public Optional<Instant> unboundAt() {
    return Optional.ofNullable(unboundAt);
  }
}
