package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementStatus;
import java.time.Instant;

/**
 * An entitlement as other features of access see it.
 *
 * @param start when the committee's approval took effect
 * @param end when it ends by itself
 * @param revokedAt when it was revoked, or null
 * @param revokeReason why, or null
 */
public record EntitlementView(
    String id,
    String projectCode,
    String datasetId,
    String requestId,
    String partId,
    Instant start,
    Instant end,
    Instant revokedAt,
    String revokeReason) {

  /** {@code ACTIVE}, {@code EXPIRED} (from its end on) or {@code REVOKED}, at {@code now}. */
  public String status(Instant now) {
    return EntitlementStatus.of(end, revokedAt, now).name();
  }

  static EntitlementView of(Entitlement e) {
    return new EntitlementView(
        e.id(),
        e.projectCode(),
        e.datasetId(),
        e.requestId(),
        e.partId(),
        e.start(),
        e.end(),
        e.revokedAt().orElse(null),
        e.revokeReason().orElse(null));
  }
}
