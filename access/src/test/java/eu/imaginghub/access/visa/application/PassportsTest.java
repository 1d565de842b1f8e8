package eu.imaginghub.access.visa.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.access.entitlement.application.EntitlementView;
import eu.imaginghub.access.visa.domain.VisaClaims;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PassportsTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  @Test
  void aVisaAssertsTheGrantAtTheDecisionAndExpiresAtTheEntitlementsEnd() {
    Instant start = Instant.parse("2026-12-01T08:00:00Z");
    Instant end = Instant.parse("2027-03-31T00:00:00Z");
    EntitlementView e =
        new EntitlementView("ent-1", "LUNG-AI", "ds-9", "req-1", "part-1", start, end, null, null);

    VisaClaims c = Passports.claims("sub-7", e, NOW, "https://hub.example.org");

    assertThat(c.issuer()).isEqualTo("https://hub.example.org");
    assertThat(c.source()).isEqualTo("https://hub.example.org");
    assertThat(c.subject()).isEqualTo("sub-7");
    assertThat(c.issuedAt()).isEqualTo(NOW);
    assertThat(c.asserted()).isEqualTo(start);
    assertThat(c.expires()).isEqualTo(end);
    assertThat(c.datasetUrl()).isEqualTo("https://hub.example.org/api/datasets/ds-9");
    assertThat(c.keySetUrl()).isEqualTo("https://hub.example.org/api/visas/jwks");
  }
}
