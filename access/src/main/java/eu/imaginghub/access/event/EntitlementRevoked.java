package eu.imaginghub.access.event;

import java.time.Instant;
import java.util.List;

/**
 * A committee chair or an admin revoked an entitlement before its end.
 *
 * @param eventId unique id of this event
 * @param entitlementId the entitlement
 * @param projectCode the project that held it
 * @param datasetId the dataset it granted
 * @param holderSubjects the project's members
 * @param actorSubject who revoked it
 * @param reason why
 * @param revokedAt when
 */
public record EntitlementRevoked(
    String eventId,
    String entitlementId,
    String projectCode,
    String datasetId,
    List<String> holderSubjects,
    String actorSubject,
    String reason,
    Instant revokedAt) {

  public EntitlementRevoked {
    holderSubjects = List.copyOf(holderSubjects);
  }
}
