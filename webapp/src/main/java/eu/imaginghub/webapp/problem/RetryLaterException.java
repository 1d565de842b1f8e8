package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.time.Duration;

/** Too many requests of one kind: answered 429 with a {@code Retry-After} of whole seconds. */
public class RetryLaterException extends ProblemException {

  private final Duration retryAfter;

  public RetryLaterException(String detail, Duration retryAfter) {
    super(Kind.TOO_MANY_REQUESTS, detail);
    // never "retry after 0 seconds" while still refused
    this.retryAfter = retryAfter.toSeconds() < 1 ? Duration.ofSeconds(1) : retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter.plusMillis(999).withNanos(0);
  }
}
