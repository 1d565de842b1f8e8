package eu.imaginghub.webapp.health;

import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the search index answers queries. */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

  @Inject DatasetIndex index;

  @Override
  @Transactional
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("search-index");
    try {
      return response.up().withData("documents", index.countIndexed()).build();
    } catch (RuntimeException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
