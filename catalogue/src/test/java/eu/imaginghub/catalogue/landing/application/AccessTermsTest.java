package eu.imaginghub.catalogue.landing.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessTermsTest {

  @Test
  void saysWhoDecidesAndTheConditionsOfUseInWords() {
    LandingRecord record = LandingRecords.current();

    assertThat(AccessTerms.inWords(record))
        .isEqualTo(
            "Restricted: the data are available on request, once the data access committee of"
                + " Valencia node approves it. Conditions of use: General research use.");
    assertThat(AccessTerms.freelyAccessible(record)).isFalse();
  }
}
