package eu.imaginghub.harvester.run.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WithdrawalGuardTest {

  private final WithdrawalGuard guard = new WithdrawalGuard(0.2, 1);

  @Test
  void anEmptyListingHoldsEvenASingleWithdrawal() {
    assertThat(guard.holds(4, 0, 4)).isTrue();
    assertThat(guard.holds(1, 0, 1)).isTrue();
    assertThat(guard.holds(0, 0, 0)).isFalse();
  }

  @Test
  void holdsMoreThanTheShareOfTheLiveDatasets() {
    assertThat(guard.holds(10, 1, 9)).isTrue();
    assertThat(guard.holds(10, 8, 2)).isFalse();
    assertThat(guard.holds(10, 7, 3)).isTrue();
    assertThat(guard.holds(100, 80, 20)).isFalse();
    assertThat(guard.holds(100, 79, 21)).isTrue();
  }

  @Test
  void aSmallNodeMayStillDropOneDataset() {
    assertThat(guard.holds(2, 1, 1)).isFalse();
    assertThat(guard.holds(2, 1, 2)).isTrue();
    assertThat(guard.holds(5, 4, 1)).isFalse();
  }

  @Test
  void aShareOfZeroAndNoFloorHoldsEveryWithdrawal() {
    assertThat(new WithdrawalGuard(0, 0).holds(1000, 999, 1)).isTrue();
    assertThat(new WithdrawalGuard(1, 0).holds(10, 1, 10)).isFalse();
  }

  @Test
  void refusesSettingsOutOfRange() {
    assertThatThrownBy(() -> new WithdrawalGuard(1.5, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WithdrawalGuard(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WithdrawalGuard(0.2, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
