package eu.imaginghub.access.use.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An entitlement of a project to a dataset as the use rules need it: when it starts and ends, and
 * whether and why it was revoked.
 *
 * @param revokedAt null unless revoked
 * @param revokeReason why it was revoked, may be null
 */
public record Grant(String id, Instant start, Instant end, Instant revokedAt, String revokeReason) {

  public Grant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** Whether it allows a use running from {@code from} to {@code to}, both ends included. */
  public boolean covers(Instant from, Instant to) {
    return !start.isAfter(from) && to.isBefore(end) && !revokedBy(to);
  }

  /** Whether it was revoked at or before this instant. */
  public boolean revokedBy(Instant at) {
    return revokedAt != null && !revokedAt.isAfter(at);
  }

  /** Whether it had ended by this instant. */
  public boolean endedBy(Instant at) {
    return !at.isBefore(end);
  }
}
