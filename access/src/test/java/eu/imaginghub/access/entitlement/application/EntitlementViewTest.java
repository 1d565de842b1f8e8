package eu.imaginghub.access.entitlement.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntitlementViewTest {

  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant END = Instant.parse("2027-03-31T00:00:00Z");

  private static EntitlementView view(Instant revokedAt) {
    return new EntitlementView(
        "ent-1",
        "LUNG-AI",
        "ds-9",
        "req-1",
        "part-1",
        START,
        END,
        revokedAt,
        revokedAt == null ? null : "why");
  }

  @Test
  void theStatusFollowsTheClockAlone() {
    assertThat(view(null).status(START)).isEqualTo("ACTIVE");
    assertThat(view(null).status(END.minusMillis(1))).isEqualTo("ACTIVE");
    assertThat(view(null).status(END)).isEqualTo("EXPIRED");
  }

  @Test
  void aRevokedEntitlementIsRevokedFromItsRevocationOn() {
    Instant revoked = START.plusSeconds(3600);

    assertThat(view(revoked).status(revoked.minusSeconds(1))).isEqualTo("ACTIVE");
    assertThat(view(revoked).status(revoked)).isEqualTo("REVOKED");
    assertThat(view(revoked).status(END.plusSeconds(1))).isEqualTo("REVOKED");
  }
}
