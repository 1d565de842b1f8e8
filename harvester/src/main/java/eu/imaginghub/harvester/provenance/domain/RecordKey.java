package eu.imaginghub.harvester.provenance.domain;

import java.io.Serializable;
import java.util.Objects;

/** The key of a record's provenance: the node and its local id of the dataset. */
public class RecordKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private String nodeId;
  private String localId;

  protected RecordKey() {}

  public RecordKey(String nodeId, String localId) {
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.localId = Objects.requireNonNull(localId, "local id");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordKey k && nodeId.equals(k.nodeId) && localId.equals(k.localId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeId, localId);
  }

  @Override
  public String toString() {
    return nodeId + "/" + localId;
  }
}
