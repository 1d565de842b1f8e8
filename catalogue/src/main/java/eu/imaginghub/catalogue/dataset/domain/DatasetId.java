package eu.imaginghub.catalogue.dataset.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** The hub's persistent identifier of a dataset, stable across harvests of the same record. */
public record DatasetId(String value) {

  public DatasetId {
    Objects.requireNonNull(value, "dataset id");
    if (value.isBlank()) {
      throw new IllegalArgumentException("dataset id is blank");
    }
  }

  /** Derives the id from the node and the node's local id, so a record keeps its id forever. */
  public static DatasetId of(String nodeId, String localId) {
    String key = nodeId + "/" + localId;
    return new DatasetId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
