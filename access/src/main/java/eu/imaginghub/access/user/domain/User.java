package eu.imaginghub.access.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who has signed in at least once. The identity provider is the source of the name, e-mail
 * and affiliation: each sign-in refreshes them, so the record shows what it said last.
 */
@Entity
@Table(name = "hub_user")
public class User {

  public static final int MAX_SUBJECT = 255;
  static final int MAX_NAME = 500;
  static final int MAX_EMAIL = 320;
  static final int MAX_AFFILIATION = 500;

  @Id
  @Column(name = "subject", length = MAX_SUBJECT)
  private String subject;

  @Column(name = "name", length = MAX_NAME)
  private String name;

  @Column(name = "email", length = MAX_EMAIL)
  private String email;

  /** The e-mail in lower case: people type addresses in any case. */
  @Column(name = "email_key", length = MAX_EMAIL)
  private String emailKey;

  @Column(name = "affiliation", length = MAX_AFFILIATION)
  private String affiliation;

  @Column(name = "first_seen", nullable = false)
  private Instant firstSeen;

  @Column(name = "last_seen", nullable = false)
  private Instant lastSeen;

  protected User() {}

  /** The record of a first sign-in. */
  public User(String subject, String name, String email, String affiliation, Instant now) {
    if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
      throw new IllegalArgumentException("a user's subject is 1-" + MAX_SUBJECT + " characters");
    }
    this.subject = subject;
    this.firstSeen = Objects.requireNonNull(now, "now");
    signedIn(name, email, affiliation, now);
  }

  /** Takes what the identity provider says now, and when. */
  public void signedIn(String name, String email, String affiliation, Instant now) {
    this.name = bounded(name, MAX_NAME);
    this.email = bounded(email, MAX_EMAIL);
    this.emailKey = emailKey(this.email);
    this.affiliation = bounded(affiliation, MAX_AFFILIATION);
    this.lastSeen = Objects.requireNonNull(now, "now");
  }

  /** The form under which an e-mail address is looked up. */
  public static String emailKey(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Blank means unknown; the identity provider's values are cut to the column, not refused. */
  private static String bounded(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }

  public String subject() {
    return subject;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> affiliation() {
    return Optional.ofNullable(affiliation);
  }

  public Instant firstSeen() {
    return firstSeen;
  }

  public Instant lastSeen() {
    return lastSeen;
  }
}
