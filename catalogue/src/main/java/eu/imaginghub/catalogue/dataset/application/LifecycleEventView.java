package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import java.time.Instant;

/** One step in a dataset's history; {@code from} is null for its creation. */
public record LifecycleEventView(
    LifecycleTransition transition,
    LifecycleStatus from,
    LifecycleStatus to,
    int version,
    String actor,
    String actorName,
    Instant at,
    String reason) {}
