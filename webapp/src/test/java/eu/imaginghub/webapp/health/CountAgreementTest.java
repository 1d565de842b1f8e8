package eu.imaginghub.webapp.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountAgreementTest {

  private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
  private final CountAgreement agreement = new CountAgreement(Duration.ofMinutes(10));

  @Test
  void equalCountsAgree() {
    assertThat(agreement.judge(5000, 5000, T0)).isEqualTo(new CountAgreement.Verdict(true, null));
  }

  @Test
  void moreDocumentsThanDatasetsIsDownOnceTheSameCountsStoodForTheGracePeriod() {
    // a harvest run's datasets are indexed just before its end is committed
    assertThat(agreement.judge(5000, 5025, T0).up()).isTrue();

    CountAgreement.Verdict late = agreement.judge(5000, 5025, T0.plusSeconds(600));
    assertThat(late.up()).isFalse();
    assertThat(late.disagreement())
        .isEqualTo("25 document(s) in the search index have no dataset row since " + T0);
  }

  @Test
  void fewerDocumentsIsDownOnlyOnceTheSameCountsStoodForTheGracePeriod() {
    assertThat(agreement.judge(5000, 4990, T0).up()).isTrue();
    assertThat(agreement.judge(5000, 4990, T0.plusSeconds(599)).up()).isTrue();

    CountAgreement.Verdict late = agreement.judge(5000, 4990, T0.plusSeconds(600));
    assertThat(late.up()).isFalse();
    assertThat(late.disagreement())
        .isEqualTo("10 dataset(s) missing from the search index since " + T0);
  }

  @Test
  void indexingProgressOrAgreementStartsTheGracePeriodAgain() {
    agreement.judge(5000, 4990, T0);
    assertThat(agreement.judge(5000, 4995, T0.plusSeconds(600)).up()).isTrue();
    agreement.judge(5000, 5000, T0.plusSeconds(700));
    assertThat(agreement.judge(5000, 4995, T0.plusSeconds(1300)).up()).isTrue();
  }
}
