package eu.imaginghub.catalogue.dataset.application;

import java.time.Instant;

/**
 * Fired synchronously, inside the invalidating transaction, when a dataset is invalidated: whatever
 * depends on the dataset (open access requests, entitlements, its DOI record) follows in the same
 * transaction.
 */
public record DatasetInvalidated(
    String datasetId, String nodeId, int version, String reason, String actorSubject, Instant at) {}
