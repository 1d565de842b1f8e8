package eu.imaginghub.access.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What one person was told of one event, in their in-app list until they read it. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "event_id", nullable = false)
  private String eventId;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "link")
  private String link;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(Notice notice, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.eventId = notice.eventId();
    this.recipient = notice.recipient();
    this.subject = notice.subject();
    this.body = notice.body();
    this.link = notice.link();
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Marks it read; reading it again keeps the first time. */
  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isFor(String subject) {
    return recipient.equals(subject);
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

  public Instant createdAt() {
    return createdAt;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }
}
