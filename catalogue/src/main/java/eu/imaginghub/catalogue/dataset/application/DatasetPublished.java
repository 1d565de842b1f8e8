package eu.imaginghub.catalogue.dataset.application;

import java.time.Instant;

/**
 * Fired synchronously, inside the transaction, whenever a version of a dataset becomes published: a
 * publish transition (the current version), a new version of a published dataset (the new one), or
 * a new published dataset harvested or pushed by its node. Observers (minting a DOI, for one) join
 * the transaction, so nothing is announced that does not commit. {@code added} says the dataset was
 * added by this very transaction, so nothing about it was published before.
 */
public record DatasetPublished(
    String datasetId, String nodeId, int version, Origin origin, Instant at, boolean added) {

  /**
   * Where the published version came from: the hub's own API, or the node's feed (harvest/push).
   */
  public enum Origin {
    HUB,
    FEED
  }
}
