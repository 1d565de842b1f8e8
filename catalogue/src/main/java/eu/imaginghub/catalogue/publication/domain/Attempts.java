package eu.imaginghub.catalogue.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tries at a publication: how many were made, when the next one is due, until when a transient
 * failure is tried again, and the last failure while it stands. Kept with the publication row.
 */
@Embeddable
class Attempts {

  private static final int MAX_FIELDS = 4000;

  @Column(name = "attempts", nullable = false)
  private int count;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAt;

  @Column(name = "retry_until", nullable = false)
  private Instant retryUntil;

  @Column(name = "error_status")
  private Integer errorStatus;

  @Column(name = "error_message", length = Publication.MAX_TEXT)
  private String errorMessage;

  @Column(name = "error_fields", length = MAX_FIELDS)
  private String errorFields;

  protected Attempts() {}

  /** None made yet: the first is due now, and a failure is not tried again until a deadline. */
  static Attempts from(Instant now) {
    Attempts a = new Attempts();
    a.nextAt = now;
    a.retryUntil = now;
    return a;
  }

  /** Transient failures are tried again until {@code deadline}. */
  void until(Instant deadline) {
    retryUntil = Objects.requireNonNull(deadline, "retry deadline");
  }

  /** The run that succeeded counts as an attempt too; no failure stands any more. */
  void succeeded() {
    count++;
    errorStatus = null;
    errorMessage = null;
    errorFields = null;
  }

  /**
   * An attempt failed and the problem is kept. A transient failure before the retry deadline comes
   * back after the backoff's pause (the last attempt at the deadline itself).
   *
   * @return whether it is tried again
   */
  boolean failed(ZenodoProblem problem, boolean retryable, Backoff backoff, Instant now) {
    count++;
    errorStatus = problem.status();
    errorMessage = Publication.clip(problem.message(), Publication.MAX_TEXT);
    errorFields = Publication.clip(encode(problem.fields()), MAX_FIELDS);
    if (retryable && now.isBefore(retryUntil)) {
      Instant next = now.plus(backoff.pauseAfter(count));
      nextAt = next.isAfter(retryUntil) ? retryUntil : next;
      return true;
    }
    return false;
  }

  /** The next attempt waits until {@code at}. */
  void postpone(Instant at) {
    nextAt = at;
  }

  /** The next attempt is due now, and failures are tried again until {@code until}. */
  void again(Instant now, Instant until) {
    nextAt = now;
    retryUntil = until;
  }

  int count() {
    return count;
  }

  Instant nextAt() {
    return nextAt;
  }

  /** The last failure, while it stands. */
  Optional<ZenodoProblem> lastError() {
    if (errorMessage == null) {
      return Optional.empty();
    }
    List<ZenodoProblem.Field> fields =
        errorFields == null
            ? List.of()
            : Arrays.stream(errorFields.split("\n"))
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(p -> new ZenodoProblem.Field(p[0], p.length > 1 ? p[1] : ""))
                .toList();
    return Optional.of(
        new ZenodoProblem(errorStatus == null ? 0 : errorStatus, errorMessage, fields));
  }

  private static String encode(List<ZenodoProblem.Field> fields) {
    StringBuilder s = new StringBuilder();
    fields.forEach(f -> s.append(f.field()).append('\t').append(f.message()).append('\n'));
    return s.isEmpty() ? null : s.toString();
  }
}
