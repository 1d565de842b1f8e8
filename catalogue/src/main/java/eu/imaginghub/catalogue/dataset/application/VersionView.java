package eu.imaginghub.catalogue.dataset.application;

import java.time.Instant;

/**
 * One version of a dataset in its list of versions; {@code supersededAt} is null for the current.
 */
public record VersionView(
    int version, boolean current, Instant createdAt, Instant supersededAt, String doi) {}
