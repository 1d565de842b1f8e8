package eu.imaginghub.access.use.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/** A dataset a use named, with the entitlement that allowed it (none when none did). */
@Embeddable
public class UsedDataset {

  @Column(name = "dataset_id", nullable = false, length = 64)
  private String datasetId;

  @Column(name = "entitlement_id", length = 36)
  private String entitlementId;

  protected UsedDataset() {}

  public UsedDataset(String datasetId, String entitlementId) {
    this.datasetId = Objects.requireNonNull(datasetId, "dataset id");
    this.entitlementId = entitlementId;
  }

  public String datasetId() {
    return datasetId;
  }

  public Optional<String> entitlementId() {
    return Optional.ofNullable(entitlementId);
  }
}
