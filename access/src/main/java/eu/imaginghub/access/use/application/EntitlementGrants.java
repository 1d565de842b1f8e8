package eu.imaginghub.access.use.application;

import eu.imaginghub.access.entitlement.application.ActiveEntitlements;
import eu.imaginghub.access.entitlement.application.EntitlementView;
import eu.imaginghub.access.use.domain.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The entitlements of a project to a dataset, as the use rules read them. */
@ApplicationScoped
public class EntitlementGrants {

  @Inject ActiveEntitlements entitlements;

  /**
   * Every entitlement the project holds or held to the dataset, ended and revoked ones included:
   * the rules pick the one in force over a use, or tell why none is.
   */
  public List<Grant> of(String projectCode, String datasetId) {
    return entitlements.historyOf(projectCode, datasetId).stream()
        .map(EntitlementGrants::grant)
        .toList();
  }

  /** Whether the project holds an entitlement to the dataset in force now. */
  public boolean holds(String projectCode, String datasetId, Instant now) {
    return entitlements.activeFor(projectCode, datasetId, now).isPresent();
  }

  private static Grant grant(EntitlementView e) {
    return new Grant(e.id(), e.start(), e.end(), e.revokedAt(), e.revokeReason());
  }
}
