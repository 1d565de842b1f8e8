package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import java.time.Instant;

/**
 * One version of a dataset, current or earlier, as it was: its description, status and identifiers.
 * {@code supersededAt} is null for the current version; {@code invalidation} is the dataset's.
 */
public record VersionDetails(
    DatasetId id,
    String nodeId,
    String nodeName,
    int version,
    int currentVersion,
    LifecycleStatus status,
    DatasetDescription description,
    Instant createdAt,
    Instant supersededAt,
    String doi,
    String conceptDoi,
    String recordUrl,
    Invalidation invalidation) {

  public boolean current() {
    return version == currentVersion;
  }
}
