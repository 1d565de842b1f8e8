package eu.imaginghub.access.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A dataset a request asks for, the node holding it, and whether its terms were accepted. */
@Embeddable
public class RequestedDataset {

  @Column(name = "dataset_id", nullable = false, length = 64)
  private String datasetId;

  @Column(name = "node_id", nullable = false, length = 63)
  private String nodeId;

  @Column(name = "terms_accepted", nullable = false)
  private boolean termsAccepted;

  protected RequestedDataset() {}

  public RequestedDataset(String datasetId, String nodeId, boolean termsAccepted) {
    this.datasetId = Objects.requireNonNull(datasetId, "datasetId");
    this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
    this.termsAccepted = termsAccepted;
  }

  public String datasetId() {
    return datasetId;
  }

  public String nodeId() {
    return nodeId;
  }

  public boolean termsAccepted() {
    return termsAccepted;
  }
}
