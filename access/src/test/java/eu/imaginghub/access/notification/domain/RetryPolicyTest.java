package eu.imaginghub.access.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofHours(1));

  @Test
  void thePauseDoublesAfterEachFailureUpToTheLongest() {
    assertThat(policy.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.pauseAfter(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.pauseAfter(3)).isEqualTo(Duration.ofSeconds(120));
    assertThat(policy.pauseAfter(5)).isEqualTo(Duration.ofSeconds(480));
    assertThat(policy.pauseAfter(6)).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.pauseAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    assertThatThrownBy(() -> policy.pauseAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNextAttemptFollowsThePauseButNeverPassesTheDeadline() {
    Instant now = CREATED.plusSeconds(100);
    assertThat(policy.nextAttempt(CREATED, 3, now)).contains(now.plusSeconds(120));
    Instant late = CREATED.plus(Duration.ofMinutes(55));
    assertThat(policy.nextAttempt(CREATED, 7, late)).contains(CREATED.plus(Duration.ofHours(1)));
  }

  @Test
  void atTheDeadlineTheMailIsGivenUp() {
    assertThat(policy.nextAttempt(CREATED, 8, CREATED.plus(Duration.ofHours(1)))).isEmpty();
    assertThat(policy.nextAttempt(CREATED, 8, CREATED.plus(Duration.ofHours(2)))).isEmpty();
  }

  @Test
  void refusesPausesThatCannotGrow() {
    assertThatThrownBy(
            () -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
