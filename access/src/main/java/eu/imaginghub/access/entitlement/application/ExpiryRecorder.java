package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import eu.imaginghub.access.event.EntitlementExpiring;
import eu.imaginghub.access.project.application.Projects;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The one-time actions on one entitlement near or at its end, each in a transaction of its own: a
 * conditional update claims the action first, so of two hub instances (or two rounds) only the one
 * whose update changed the row goes on, and the claim, the trace and the event's reactions commit
 * together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExpiryRecorder {

  private static final Logger LOG = Logger.getLogger(ExpiryRecorder.class.getName());

  @Inject EntitlementRepository entitlements;
  @Inject EntitlementTraces traces;
  @Inject Projects projects;
  @Inject Event<EntitlementExpiring> expiring;
  @Inject Clock clock;

  /**
   * Entitlements not revoked nor ended that end within {@code warning} and whose holders were not
   * told yet, at most {@code limit}.
   */
  public List<String> dueForWarning(Duration warning, int limit) {
    Instant now = clock.instant();
    return entitlements.dueForWarning(now, now.plus(warning), limit);
  }

  /** Entitlements that ended, were never revoked and whose expiry is not recorded yet. */
  public List<String> dueForExpiry(int limit) {
    return entitlements.dueForExpiry(clock.instant(), limit);
  }

  /** Tells the holders that the entitlement ends soon; false when another caller did already. */
  public boolean warn(String id) {
    Instant now = clock.instant();
    if (!entitlements.claimWarning(id, now)) {
      return false;
    }
    Entitlement e = entitlements.find(id).orElseThrow();
    // the event's id is derived from the entitlement: one warning per entitlement, ever
    expiring.fire(
        new EntitlementExpiring(
            "entitlement-expiring-" + e.id(),
            e.id(),
            e.projectCode(),
            e.datasetId(),
            projects.memberSubjects(e.projectCode()),
            e.end()));
    LOG.info(() -> "Entitlement " + id + " ends at " + e.end() + ": holders warned");
    return true;
  }

  /** Records that the entitlement ended; false when another caller did already. */
  public boolean expire(String id) {
    if (!entitlements.claimExpiry(id, clock.instant())) {
      return false;
    }
    Entitlement e = entitlements.find(id).orElseThrow();
    traces.expired(e);
    LOG.info(() -> "Entitlement " + id + " expired at " + e.end());
    return true;
  }
}
