package eu.imaginghub.access.entitlement.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an entitlement stands. Derived from its times and the clock alone, never stored: an
 * entitlement past its end is expired the moment the end passes, whether or not the expiry round
 * has run yet.
 */
public enum EntitlementStatus {
  ACTIVE,
  EXPIRED,
  REVOKED;

  /**
   * @param end when the entitlement ends (exclusive: at {@code end} it has ended)
   * @param revokedAt when it was revoked, or null
   * @param now the clock's instant
   */
  public static EntitlementStatus of(Instant end, Instant revokedAt, Instant now) {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(now, "now");
    if (revokedAt != null && !now.isBefore(revokedAt)) {
      return REVOKED;
    }
    return now.isBefore(end) ? ACTIVE : EXPIRED;
  }
}
