package eu.imaginghub.access.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a mail again: the pause doubles after each failure, from {@code first} up to {@code
 * max}, and no attempt is made after {@code deadline} from the mail's creation (a last one is made
 * at the deadline itself).
 */
public record RetryPolicy(Duration first, Duration max, Duration deadline) {

  public RetryPolicy {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || deadline.isNegative()) {
      throw new IllegalArgumentException(
          "retry pauses are positive, the longest not below the first");
    }
  }

  /** The pause after the given number of failed attempts (at least one). */
  public Duration pauseAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("a pause follows a failure");
    }
    Duration pause = first;
    for (int i = 1; i < failures && pause.compareTo(max) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(max) > 0 ? max : pause;
  }

  /**
   * When to try again after a failure at {@code now}, or empty when the deadline has passed: then
   * the mail is given up.
   */
  public Optional<Instant> nextAttempt(Instant createdAt, int failures, Instant now) {
    Instant deadlineAt = createdAt.plus(deadline);
    if (!now.isBefore(deadlineAt)) {
      return Optional.empty();
    }
    Instant next = now.plus(pauseAfter(failures));
    return Optional.of(next.isAfter(deadlineAt) ? deadlineAt : next);
  }
}
