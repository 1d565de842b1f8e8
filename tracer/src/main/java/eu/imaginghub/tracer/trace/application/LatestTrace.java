package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.TraceAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The newest trace about a dataset, as other modules see it. */
public record LatestTrace(
    UUID id, Long sequence, TraceAction action, Instant recordedAt, List<String> contentHashes) {}
