package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.dataset.json.DatasetJson.InvalidationJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.WarningJson;
import java.time.Instant;
import java.util.List;

/**
 * The fields of a dataset's JSON form that the hub sets, not the node: identity, status, version,
 * identifiers, what the reader may do. Null fields are left out of the answer.
 */
public record DatasetJsonHeader(
    String id,
    String node,
    String nodeName,
    String country,
    String localId,
    String status,
    String doi,
    Instant created,
    Instant updated,
    Long revision,
    List<WarningJson> warnings,
    Integer versionNumber,
    String conceptDoi,
    String recordUrl,
    InvalidationJson invalidation,
    Boolean everPublished,
    String page,
    Boolean current,
    Integer supersededBy,
    Integer currentVersion,
    List<String> allowedActions) {

  /** No hub fields at all: the description alone, as an earlier version keeps it. */
  public static final DatasetJsonHeader NONE =
      new DatasetJsonHeader(
          null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null);
}
