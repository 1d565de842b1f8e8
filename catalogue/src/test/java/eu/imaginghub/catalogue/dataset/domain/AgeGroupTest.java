package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeGroupTest {

  @Test
  void aRangeBelongsToEveryGroupItOverlaps() {
    assertThat(AgeGroup.overlapping(40, 70)).containsExactly(AgeGroup.ADULT, AgeGroup.SENIOR);
    assertThat(AgeGroup.overlapping(2, 15)).containsExactly(AgeGroup.PAEDIATRIC);
    assertThat(AgeGroup.overlapping(17, 18))
        .containsExactly(AgeGroup.PAEDIATRIC, AgeGroup.YOUNG_ADULT);
  }

  @Test
  void anOpenBoundReachesTheEndOfTheScale() {
    assertThat(AgeGroup.overlapping(65, null)).containsExactly(AgeGroup.SENIOR);
    assertThat(AgeGroup.overlapping(null, 10)).containsExactly(AgeGroup.PAEDIATRIC);
    assertThat(AgeGroup.overlapping(null, null)).isEmpty();
  }

  @Test
  void cohortSizesCoverEveryCount() {
    assertThat(CohortSize.of(0)).isEqualTo(CohortSize.UNDER_100);
    assertThat(CohortSize.of(999)).isEqualTo(CohortSize.HUNDREDS);
    assertThat(CohortSize.of(1000)).isEqualTo(CohortSize.THOUSANDS);
    assertThat(CohortSize.of(50_000)).isEqualTo(CohortSize.LARGE);
    assertThatThrownBy(() -> CohortSize.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
