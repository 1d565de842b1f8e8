package eu.imaginghub.webapp.security.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HubSessionTest {

  private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);
  private static final Duration LIFETIME = Duration.ofHours(8);

  private static final SignedInIdentity OPERATOR =
      new SignedInIdentity(
          "sub-1",
          "Olga",
          "olga@example.org",
          "Hospital",
          Set.of(Role.NODE_OPERATOR, Role.RESEARCHER),
          Set.of("es-valencia", "pt-lisbon"),
          "id.token.hint");

  private final HubSession session = new HubSession(OPERATOR, "hash", "csrf", START, LIFETIME);

  @Test
  void carriesTheIdentityItWasStartedFor() {
    ActiveSession active = session.active();

    assertThat(active.viewer())
        .isEqualTo(
            new Viewer(
                "sub-1",
                "Olga",
                Set.of(Role.NODE_OPERATOR, Role.RESEARCHER),
                Set.of("es-valencia", "pt-lisbon")));
    assertThat(active.email()).isEqualTo("olga@example.org");
    assertThat(active.affiliation()).isEqualTo("Hospital");
    assertThat(active.csrfToken()).isEqualTo("csrf");
    assertThat(session.idTokenHint()).isEqualTo("id.token.hint");
  }

  @Test
  void anIdentityWithoutRolesNodesOrNameComesBackAsSuch() {
    SignedInIdentity bare =
        new SignedInIdentity("sub-2", null, null, null, Set.of(), Set.of(), null);

    Viewer viewer = new HubSession(bare, "h", "c", START, LIFETIME).active().viewer();

    assertThat(viewer).isEqualTo(new Viewer("sub-2", "sub-2", Set.of(), Set.of()));
  }

  @Test
  void endsWhenIdleTooLong() {
    assertThat(session.liveAt(START.plus(IDLE).minusSeconds(1), IDLE)).isTrue();
    assertThat(session.liveAt(START.plus(IDLE), IDLE)).isFalse();
  }

  @Test
  void endsAtItsAbsoluteExpiryHoweverBusy() {
    Duration neverIdle = LIFETIME.multipliedBy(2);

    assertThat(session.liveAt(START.plus(LIFETIME).minusSeconds(1), neverIdle)).isTrue();
    assertThat(session.liveAt(START.plus(LIFETIME), neverIdle)).isFalse();
  }

  @Test
  void recordsBeingSeenAtMostOnceAMinute() {
    assertThat(session.dueForTouchAt(START.plusSeconds(59))).isFalse();
    assertThat(session.dueForTouchAt(START.plus(HubSession.TOUCH_EVERY))).isTrue();
  }

  @Test
  void refusesIdentitiesItCouldNotStore() {
    assertThatThrownBy(() -> new SignedInIdentity(" ", null, null, null, Set.of(), Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new SignedInIdentity("s", null, null, null, Set.of(), Set.of("a b"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
