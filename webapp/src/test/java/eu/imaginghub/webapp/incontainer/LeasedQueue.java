package eu.imaginghub.webapp.incontainer;

import java.time.Instant;
import java.util.List;

/**
 * A table a background worker takes due rows from with a lease, seen through the application's own
 * beans: the mail outbox, or the DOI publications.
 */
public interface LeasedQueue {

  /** Adds a row due now, committed; returns its id. */
  String addDue();

  /**
   * Writes a lease on the row for this worker, from {@code at} until {@code until}, as the worker
   * would have taken it then, committed.
   */
  void leaseAs(String id, String worker, Instant at, Instant until);

  /** What this worker takes in one round, as the application's worker does. */
  List<String> take(String worker);

  /** Whether the worker's next step on the row is still accepted (it then holds the row). */
  boolean acceptsStepOf(String id, String worker);
}
