package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import eu.imaginghub.catalogue.dataset.application.DatasetInvalidated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Revokes every entitlement still running on a dataset its node invalidated, in the invalidating
 * transaction: no use of a dataset retired for cause is granted from that instant on. The hub
 * revokes, not a person, so no chair's permission is asked; holders are told as for any revocation,
 * and the reason they read is the invalidation's.
 */
@ApplicationScoped
public class EntitlementInvalidations {

  /** Who revoked, as entitlements and their holders' notices say. */
  static final String SYSTEM = "system";

  @Inject EntitlementRepository entitlements;
  @Inject Entitlements revocations;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  void onInvalidated(@Observes DatasetInvalidated invalidated) {
    String reason = reason(invalidated.reason());
    for (Entitlement e : entitlements.unendedOfDataset(invalidated.datasetId(), clock.instant())) {
      revocations.revokeBySystem(e, SYSTEM, reason);
    }
  }

  /** The revocation's reason, within what an entitlement keeps of one. */
  static String reason(String invalidationReason) {
    String r =
        "dataset invalidated: "
            + (invalidationReason == null || invalidationReason.isBlank()
                ? "no reason given"
                : invalidationReason.strip());
    return r.length() <= Entitlement.MAX_REASON ? r : r.substring(0, Entitlement.MAX_REASON);
  }
}
