package eu.imaginghub.tracer.trace.domain;

import java.time.Instant;

/**
 * Which traces to list; null fields do not filter. {@code user} is a pseudonym: readers who may see
 * only their own traces get it set to theirs.
 */
public record TraceFilter(
    String dataset,
    TraceAction action,
    String user,
    Instant from,
    Instant to,
    int page,
    int size) {}
