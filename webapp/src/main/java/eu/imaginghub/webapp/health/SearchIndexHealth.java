package eu.imaginghub.webapp.health;

import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import eu.imaginghub.catalogue.search.infrastructure.IndexStamps;
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

  @Inject DatasetIndex index;
  @Inject IndexStamps stamps;
  @Inject Clock clock;
  private final CountAgreement agreement =
      new CountAgreement(HubSettings.current().searchAgreementGrace());

  @Override
  @Transactional
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("search-index");
    try {
      // the index first: a dataset committed in between can then only make the index look short
      long documents = index.countIndexed();
      long datasets = stamps.countInDatabase();
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
