package eu.imaginghub.access.use.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the hub knows of one dataset named in a use: whether it exists, whether its node invalidated
 * it, and every entitlement the project holds or held to it (active, ended or revoked).
 */
public record DatasetFacts(
    String datasetId, boolean known, boolean invalidated, List<Grant> grants) {

  public DatasetFacts {
    Objects.requireNonNull(datasetId, "dataset id");
    grants = List.copyOf(grants);
  }

  /** A dataset its node has not invalidated. */
  public DatasetFacts(String datasetId, boolean known, List<Grant> grants) {
    this(datasetId, known, false, grants);
  }

  public static DatasetFacts unknown(String datasetId) {
    return new DatasetFacts(datasetId, false, List.of());
  }
}
