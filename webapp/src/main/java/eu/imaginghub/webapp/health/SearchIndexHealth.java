package eu.imaginghub.webapp.health;

import eu.imaginghub.catalogue.search.application.IndexReconciliation;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the search index answers queries and agrees with the database: the hub repairs
 * the index on start, and a disagreement found while it runs (a DOWN here) is repaired by {@code
 * POST /api/admin/search-index/repair} or a restart.
 */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

  @Inject IndexReconciliation index;
  @Inject Clock clock;
  private final CountAgreement agreement =
      new CountAgreement(HubSettings.current().searchAgreementGrace());

  @Override
  @Transactional
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("search-index");
    try {
      IndexReconciliation.Counts counts = index.counts();
      long documents = counts.documents();
      long datasets = counts.datasets();
      CountAgreement.Verdict verdict = agreement.judge(datasets, documents, clock.instant());
      response.status(verdict.up()).withData("documents", documents).withData("datasets", datasets);
      if (verdict.disagreement() != null) {
        response.withData("disagreement", verdict.disagreement());
      }
      return response.build();
    } catch (RuntimeException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
