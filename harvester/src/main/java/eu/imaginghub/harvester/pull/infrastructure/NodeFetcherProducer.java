package eu.imaginghub.harvester.pull.infrastructure;

import eu.imaginghub.harvester.fetch.application.NodeFetcher;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The one fetcher of the hub, hence its one HTTP client, set up from the fetch settings. */
@ApplicationScoped
public class NodeFetcherProducer {

  @Produces
  @Singleton
  NodeFetcher nodeFetcher() {
    Config config = ConfigProvider.getConfig();
    return new NodeFetcher(FetchSettings.read(key -> config.getOptionalValue(key, String.class)));
  }
}
