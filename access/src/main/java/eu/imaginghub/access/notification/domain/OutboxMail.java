package eu.imaginghub.access.notification.domain;

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
 * A mail to one person about one event, written in the transaction of the change it tells of and
 * delivered later by a worker. A worker holds it with a lease while sending, so that no second
 * worker sends it at the same time; a failed attempt is tried again after a growing pause until the
 * deadline, then the mail is given up.
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMail {

  /** Where delivery stands. */
  public enum State {
    PENDING,
    SENT,
    FAILED
  }

  private static final int MAX_ERROR = 1000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {}

  /** A mail due at once. */
  public OutboxMail(Notice notice, String email, Instant now) {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("a mail needs an address");
    }
    this.id = UUID.randomUUID().toString();
    this.eventId = notice.eventId();
    this.recipient = notice.recipient();
    this.email = email.strip();
    this.subject = notice.subject();
    this.body = notice.body();
    this.state = State.PENDING;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.nextAttemptAt = now;
  }

  /** The mail went out; only its lease holder may say so. */
  public void sent(String worker, Instant now) {
    requireLeaseOf(worker);
    state = State.SENT;
    attempts++;
    sentAt = now;
    release();
  }

  /**
   * An attempt failed: the mail is due again after the policy's pause, or given up when its
   * deadline has passed.
   *
   * @return whether the mail is given up
   */
  public boolean attemptFailed(String worker, String error, RetryPolicy policy, Instant now) {
    requireLeaseOf(worker);
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    release();
    Optional<Instant> next = policy.nextAttempt(createdAt, attempts, now);
    if (next.isEmpty()) {
      state = State.FAILED;
      failedAt = now;
      return true;
    }
    nextAttemptAt = next.get();
    return false;
  }

  /** Whether this worker holds the mail's lease now. */
  public boolean leasedBy(String worker) {
    return state == State.PENDING && worker.equals(leaseOwner);
  }

  private void requireLeaseOf(String worker) {
    if (!leasedBy(worker)) {
      throw new IllegalStateException("mail " + id + " is not leased by " + worker);
    }
  }

  private void release() {
    leaseOwner = null;
    leaseUntil = null;
  }

  /**
   * The mail's stable {@code Message-ID}: the same on every attempt, so that a copy sent again
   * after a crash between sending and noting it is recognisable as the same mail.
   */
  public String messageId() {
    return "<notification." + id + "@imaging-hub>";
  }

  public String id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public String recipient() {
    return recipient;
  }

  public String email() {
    return email;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
