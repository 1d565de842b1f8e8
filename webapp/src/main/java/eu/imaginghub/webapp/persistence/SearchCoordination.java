package eu.imaginghub.webapp.persistence;

import eu.imaginghub.webapp.config.HubSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * How index updates reach the search engine. A single hub indexes each change itself, before the
 * request that made it is answered, so that a search right after a write sees it. Several hubs on
 * one database and one Elasticsearch use Hibernate Search's outbox-polling coordination instead: a
 * change writes an event to the outbox table in its own commit, and the instances' agents share the
 * events out by shard and index them shortly after, so that no update is lost when an instance dies
 * after its commit and none is applied twice or out of order by two instances at once.
 */
final class SearchCoordination {

  static final String OUTBOX_POLLING = "outbox-polling";

  private SearchCoordination() {}

  static Map<String, Object> properties(HubSettings settings) {
    Map<String, Object> p = new HashMap<>();
    if (OUTBOX_POLLING.equals(settings.searchCoordination())) {
      p.put("hibernate.search.coordination.strategy", OUTBOX_POLLING);
    } else {
      // Searches right after a write see it: what users of a catalogue expect.
      p.put("hibernate.search.indexing.plan.synchronization.strategy", "sync");
    }
    return p;
  }
}
