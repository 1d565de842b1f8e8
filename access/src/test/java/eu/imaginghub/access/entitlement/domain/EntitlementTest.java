package eu.imaginghub.access.entitlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntitlementTest {

  private static final Instant DECIDED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant END = Instant.parse("2026-06-30T00:00:00Z");

  private static Entitlement entitlement() {
    return new Entitlement(
        new Entitlement.Grant(
            "LUNG-AI", "ds-1", "req-1", "part-1", "dac-1", "quorum", DECIDED, END));
  }

  @Test
  void itIsActiveFromTheDecisionUntilJustBeforeItsEnd() {
    Entitlement e = entitlement();

    assertThat(e.status(DECIDED)).isEqualTo(EntitlementStatus.ACTIVE);
    assertThat(e.status(END.minusNanos(1))).isEqualTo(EntitlementStatus.ACTIVE);
  }

  @Test
  void itHasExpiredTheMomentItsEndPassesWithoutAnyJobRunning() {
    Entitlement e = entitlement();

    assertThat(e.status(END)).isEqualTo(EntitlementStatus.EXPIRED);
    assertThat(e.status(END.plus(Duration.ofDays(400)))).isEqualTo(EntitlementStatus.EXPIRED);
  }

  @Test
  void aRevocationEndsItFromItsInstantOnAndKeepsWhoAndWhy() {
    Entitlement e = entitlement();
    Instant revoked = DECIDED.plus(Duration.ofDays(3));

    e.revoke("chair", "  Consent withdrawn ", revoked);

    assertThat(e.status(revoked.minusSeconds(1))).isEqualTo(EntitlementStatus.ACTIVE);
    assertThat(e.status(revoked)).isEqualTo(EntitlementStatus.REVOKED);
    assertThat(e.status(END.plusSeconds(1))).isEqualTo(EntitlementStatus.REVOKED);
    assertThat(e.revokedAt()).contains(revoked);
    assertThat(e.revokedBy()).contains("chair");
    assertThat(e.revokeReason()).contains("Consent withdrawn");
  }

  @Test
  void revokingTwiceOrAfterTheEndIsAConflictAndChangesNothing() {
    Entitlement e = entitlement();
    Instant first = DECIDED.plusSeconds(60);
    e.revoke("chair", "first", first);

    assertThatThrownBy(() -> e.revoke("admin", "second", first.plusSeconds(1)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
    assertThat(e.revokeReason()).contains("first");
    assertThat(e.revokedBy()).contains("chair");

    Entitlement ended = entitlement();
    assertThatThrownBy(() -> ended.revoke("chair", "late", END))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
    assertThat(ended.revokedAt()).isEmpty();
  }

  @Test
  void aRevocationWithoutAReasonIsRefused() {
    Entitlement e = entitlement();

    assertThatThrownBy(() -> e.revoke("chair", "  ", DECIDED.plusSeconds(1)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT);
              assertThat(p.fields()).extracting("field").containsExactly("reason");
            });
    assertThat(e.status(DECIDED.plusSeconds(2))).isEqualTo(EntitlementStatus.ACTIVE);
  }

  @Test
  void anEntitlementWithoutAnEndCannotBeGranted() {
    assertThatThrownBy(
            () ->
                new Entitlement.Grant(
                    "LUNG-AI", "ds-1", "req-1", "part-1", "dac-1", "quorum", DECIDED, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("end is required");
  }
}
