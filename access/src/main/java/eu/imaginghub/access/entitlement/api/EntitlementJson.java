package eu.imaginghub.access.entitlement.api;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import java.time.Instant;
import java.util.List;

/**
 * An entitlement as the API shows it.
 *
 * @param datasetTitle null when the caller may not see the dataset or it was withdrawn
 * @param status {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}, from the clock
 * @param allowedActions what the caller may do with it: {@code revoke}
 */
public record EntitlementJson(
    String id,
    String projectCode,
    String datasetId,
    String datasetTitle,
    String requestId,
    Instant start,
    Instant end,
    String status,
    Instant revokedAt,
    String revokeReason,
    List<String> allowedActions) {

  /** What a revocation says. */
  public record RevocationJson(String reason) {}

  static EntitlementJson of(
      Entitlement e, String datasetTitle, Instant now, List<String> allowedActions) {
    return new EntitlementJson(
        e.id(),
        e.projectCode(),
        e.datasetId(),
        datasetTitle,
        e.requestId(),
        e.start(),
        e.end(),
        e.status(now).name(),
        e.revokedAt().orElse(null),
        e.revokeReason().orElse(null),
        allowedActions);
  }
}
