package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which entitlements hold at a given instant: what a use check, a visa or a dataset's uses ask.
 * Published inside access. Active means started, not yet at its end, and not revoked by then; the
 * answer never depends on whether the expiry round has run.
 */
@ApplicationScoped
@Transactional
public class ActiveEntitlements {

  @Inject EntitlementRepository entitlements;

  /** The entitlement of this project to this dataset at {@code at}, if any. */
  public Optional<EntitlementView> activeFor(String projectCode, String datasetId, Instant at) {
    if (projectCode == null || datasetId == null || at == null) {
      return Optional.empty();
    }
    return entitlements.activeFor(projectCode, datasetId, at).map(EntitlementView::of);
  }

  /** Every entitlement of this project at {@code at}, by end. */
  public List<EntitlementView> activeOfProject(String projectCode, Instant at) {
    if (projectCode == null || at == null) {
      return List.of();
    }
    return entitlements.activeOfProject(projectCode, at).stream().map(EntitlementView::of).toList();
  }
}
