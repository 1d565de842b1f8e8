package eu.imaginghub.access.entitlement.api;

import eu.imaginghub.access.entitlement.application.DatasetFacts;
import eu.imaginghub.access.entitlement.application.Entitlements;
import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementStatus;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the API's answers: each entitlement with its dataset's title and what the caller may do
 * with it. A dataset is looked up once per HTTP request, however many entitlements name it.
 */
@RequestScoped
public class EntitlementAssembler {

  @Inject Entitlements entitlements;
  @Inject DatasetFacts datasets;
  @Inject Clock clock;

  private final Map<String, Optional<DatasetFacts.Facts>> facts = new HashMap<>();

  public Optional<DatasetFacts.Facts> dataset(String datasetId, Viewer viewer) {
    return facts.computeIfAbsent(datasetId, id -> datasets.of(id, viewer));
  }

  public List<EntitlementJson> json(List<Entitlement> list, Viewer viewer) {
    Instant now = clock.instant();
    return list.stream().map(e -> json(e, viewer, now)).toList();
  }

  public EntitlementJson json(Entitlement e, Viewer viewer) {
    return json(e, viewer, clock.instant());
  }

  private EntitlementJson json(Entitlement e, Viewer viewer, Instant now) {
    Optional<DatasetFacts.Facts> d = dataset(e.datasetId(), viewer);
    boolean revocable =
        e.status(now) == EntitlementStatus.ACTIVE
            && entitlements.mayRevoke(e, d.map(DatasetFacts.Facts::nodeId), viewer);
    return EntitlementJson.of(
        e,
        d.map(DatasetFacts.Facts::title).orElse(null),
        now,
        revocable ? List.of("revoke") : List.of());
  }
}
