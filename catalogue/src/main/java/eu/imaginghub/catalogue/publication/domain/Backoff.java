package eu.imaginghub.catalogue.publication.domain;

import java.time.Duration;

/**
 * The pause before the next attempt: doubling after each failure from {@code first} to {@code max}.
 */
public record Backoff(Duration first, Duration max) {

  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("pauses are positive, the longest not below the first");
    }
  }

  /** The pause after the given number of failed attempts (at least one). */
  public Duration pauseAfter(int failures) {
    Duration pause = first;
    for (int i = 1; i < failures && pause.compareTo(max) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(max) > 0 ? max : pause;
  }
}
