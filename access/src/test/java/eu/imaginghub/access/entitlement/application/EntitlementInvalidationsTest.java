package eu.imaginghub.access.entitlement.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import org.junit.jupiter.api.Test;

class EntitlementInvalidationsTest {

  @Test
  void theRevocationGivesTheInvalidationsReason() {
    assertThat(EntitlementInvalidations.reason(" labels were wrong "))
        .isEqualTo("dataset invalidated: labels were wrong");
    assertThat(EntitlementInvalidations.reason(null))
        .isEqualTo("dataset invalidated: no reason given");
  }

  @Test
  void aLongReasonIsCutToWhatAnEntitlementKeeps() {
    assertThat(EntitlementInvalidations.reason("x".repeat(Entitlement.MAX_REASON)))
        .hasSize(Entitlement.MAX_REASON)
        .startsWith("dataset invalidated: x");
  }
}
