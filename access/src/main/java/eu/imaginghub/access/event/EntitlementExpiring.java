package eu.imaginghub.access.event;

import java.time.Instant;
import java.util.List;

/**
 * An entitlement ends soon (within the configured warning period); its holders are told once.
 *
 * @param eventId unique id of this event (one per entitlement)
 * @param entitlementId the entitlement
 * @param projectCode the project holding it
 * @param datasetId the dataset it grants
 * @param holderSubjects the project's members
 * @param end when it ends
 */
public record EntitlementExpiring(
    String eventId,
    String entitlementId,
    String projectCode,
    String datasetId,
    List<String> holderSubjects,
    Instant end) {

  public EntitlementExpiring {
    holderSubjects = List.copyOf(holderSubjects);
  }
}
