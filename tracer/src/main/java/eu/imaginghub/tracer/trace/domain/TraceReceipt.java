package eu.imaginghub.tracer.trace.domain;

import java.util.UUID;

/** What the caller gets back for a recorded trace. */
public record TraceReceipt(UUID id, long sequence, String hash) {}
