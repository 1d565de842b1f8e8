package eu.imaginghub.tracer.trace.domain;

import java.util.UUID;

/** What the caller gets back for a recorded trace: it is chained and sealed in the background. */
public record TraceReceipt(UUID id, java.time.Instant recordedAt) {}
