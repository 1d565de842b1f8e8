package eu.imaginghub.webapp.security.session;

import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed-in person's session. Keyed by the hash of its id, never the id itself. It ends when it
 * has been idle too long, when its absolute lifetime is over, or at sign-out.
 */
@Entity
@Table(name = "hub_session")
public class HubSession {

  /** How stale the last-seen time may get before a request writes it again: one write a minute. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  @Id
  @Column(name = "id_hash", length = 64)
  private String idHash;

  @Column(name = "subject", nullable = false, length = 255)
  private String subject;

  @Column(name = "name", length = 500)
  private String name;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "affiliation", length = 500)
  private String affiliation;

  @Column(name = "roles", nullable = false, length = 200)
  private String roles;

  @Column(name = "nodes", nullable = false, length = 4000)
  private String nodes;

  @Column(name = "csrf_token", nullable = false, length = 64)
  private String csrfToken;

  @Column(name = "id_token_hint", length = 16000)
  private String idTokenHint;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected HubSession() {}

  /** A session for {@code who} that starts now and ends at the latest after {@code lifetime}. */
  HubSession(
      SignedInIdentity who, String idHash, String csrfToken, Instant now, Duration lifetime) {
    this.idHash = idHash;
    this.subject = who.subject();
    this.name = who.name();
    this.email = who.email();
    this.affiliation = who.affiliation();
    this.roles = join(who.roles().stream().map(Enum::name).toList());
    this.nodes = join(who.nodes());
    this.csrfToken = csrfToken;
    this.idTokenHint = who.idTokenHint();
    this.createdAt = now;
    this.lastSeenAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** Live until the absolute expiry, and while used at least once every {@code idleTimeout}. */
  boolean liveAt(Instant now, Duration idleTimeout) {
    return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }

  /** Whether a request now should record that the session was seen. */
  boolean dueForTouchAt(Instant now) {
    return !now.isBefore(lastSeenAt.plus(TOUCH_EVERY));
  }

  ActiveSession active() {
    Set<Role> roleSet =
        split(roles).stream().map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    Viewer viewer = new Viewer(subject, name == null ? subject : name, roleSet, split(nodes));
    return new ActiveSession(viewer, email, affiliation, csrfToken);
  }

  String idHash() {
    return idHash;
  }

  String idTokenHint() {
    return idTokenHint;
  }

  private static String join(Collection<String> values) {
    return values.stream().sorted().collect(Collectors.joining(" "));
  }

  private static Set<String> split(String joined) {
    return joined.isEmpty()
        ? Set.of()
        : Arrays.stream(joined.split(" ")).collect(Collectors.toUnmodifiableSet());
  }
}
