package eu.imaginghub.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.webapp.problem.RetryLaterException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void theFirstFailuresAreFreeThenTheUserIsPausedForASecond() {
    failTimes(LoginThrottle.FREE_FAILURES - 1, "admin", "10.0.0.1");
    assertThatCode(() -> throttle.check("admin", "10.0.0.1")).doesNotThrowAnyException();

    throttle.failed("admin", "10.0.0.1");

    assertThat(refusal("admin", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThatCode(() -> throttle.check("admin", "10.0.0.9")).doesNotThrowAnyException();
  }

  @Test
  void thePauseDoublesWithEveryFurtherFailureUpToTheCap() {
    failTimes(LoginThrottle.FREE_FAILURES, "admin", "10.0.0.1");
    Duration expected = Duration.ofSeconds(1);
    for (int i = 0; i < 12; i++) {
      clock.advance(refusal("admin", "10.0.0.2"));
      throttle.failed("admin", "10.0.0.2");
      expected = min(expected.multipliedBy(2), LoginThrottle.MAX_USER_PAUSE);
      assertThat(refusal("admin", "10.0.0.3")).isEqualTo(expected);
    }
    assertThat(expected).isEqualTo(LoginThrottle.MAX_USER_PAUSE);
  }

  @Test
  void oneAddressGuessingManyUserNamesIsPaused() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      throttle.failed("user" + i, "203.0.113.7");
    }

    assertThat(refusal("someone-else", "203.0.113.7")).isEqualTo(Duration.ofSeconds(1));
    assertThatCode(() -> throttle.check("someone-else", "203.0.113.8")).doesNotThrowAnyException();
  }

  @Test
  void aRightPasswordClearsTheFailures() {
    failTimes(LoginThrottle.FREE_FAILURES - 1, "admin", "10.0.0.1");
    throttle.succeeded("admin", "10.0.0.1");
    throttle.failed("admin", "10.0.0.1");

    assertThatCode(() -> throttle.check("admin", "10.0.0.1")).doesNotThrowAnyException();
  }

  @Test
  void failuresAreForgottenAfterAQuietPeriod() {
    failTimes(LoginThrottle.FREE_FAILURES - 1, "admin", "10.0.0.1");
    clock.advance(LoginThrottle.FORGET.plusSeconds(1));
    throttle.failed("admin", "10.0.0.1");

    assertThatCode(() -> throttle.check("admin", "10.0.0.1")).doesNotThrowAnyException();
  }

  private void failTimes(int times, String user, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  private Duration refusal(String user, String address) {
    RetryLaterException[] caught = new RetryLaterException[1];
    assertThatThrownBy(() -> throttle.check(user, address))
        .isInstanceOfSatisfying(RetryLaterException.class, e -> caught[0] = e);
    assertThat(caught[0].kind().status()).isEqualTo(429);
    return caught[0].retryAfter();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  /** A clock the test moves by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
