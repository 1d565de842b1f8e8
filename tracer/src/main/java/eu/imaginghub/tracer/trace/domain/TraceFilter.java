package eu.imaginghub.tracer.trace.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Which traces to list; null fields do not filter. {@code user} is a pseudonym: readers who may see
 * only their own traces get it set to theirs, and {@code alsoDatasets} then widens it to the traces
 * of the datasets they were granted to read (anyone's).
 */
public record TraceFilter(
    String dataset,
    TraceAction action,
    String user,
    Instant from,
    Instant to,
    int page,
    int size,
    Set<String> alsoDatasets) {

  public TraceFilter {
    alsoDatasets = alsoDatasets == null ? Set.of() : Set.copyOf(alsoDatasets);
  }

  /** A filter granting nothing beyond the user's own traces. */
  public TraceFilter(
      String dataset,
      TraceAction action,
      String user,
      Instant from,
      Instant to,
      int page,
      int size) {
    this(dataset, action, user, from, to, page, size, Set.of());
  }
}
