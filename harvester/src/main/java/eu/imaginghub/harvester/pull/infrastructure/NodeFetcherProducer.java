package eu.imaginghub.harvester.pull.infrastructure;

import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.application.NodeFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one fetcher of the hub, hence its one HTTP client, set up from the fetch settings. */
@ApplicationScoped
public class NodeFetcherProducer {

  @Produces
  @Singleton
  NodeFetcher nodeFetcher() {
    return new NodeFetcher(HarvesterSettings.current().fetch());
  }
}
