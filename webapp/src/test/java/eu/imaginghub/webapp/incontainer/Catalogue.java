package eu.imaginghub.webapp.incontainer;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetLifecycle;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonReader;
import eu.imaginghub.catalogue.search.application.DatasetSearch;
import eu.imaginghub.catalogue.search.domain.SearchQuery;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.tracer.trace.application.LatestTrace;
import eu.imaginghub.tracer.trace.application.TraceQueries;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.webapp.it.DatasetFixture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The catalogue as the in-container tests see it: datasets of the demo node {@code es-valencia}
 * written through the application's services, and what the database, the trace log and the search
 * index hold of them.
 */
@ApplicationScoped
public class Catalogue {

  /** A demo node the hub seeds on its first start. */
  public static final String NODE = "es-valencia";

  public static final Viewer OPERATOR =
      new Viewer(
          "incontainer-operator",
          "In-container operator",
          Set.of(Role.NODE_OPERATOR),
          Set.of(NODE));
  public static final Viewer ADMIN =
      new Viewer("incontainer-admin", "In-container admin", Set.of(Role.ADMIN), Set.of());

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetLifecycle lifecycle;
  @Inject DatasetRepository datasets;
  @Inject TraceQueries traces;
  @Inject DatasetSearch search;
  @Inject InTransaction tx;

  /**
   * A word found in no other dataset (letters only, so that the analyzer keeps it whole), to find a
   * dataset by search.
   */
  public static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 12; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  /** A description complete for publication, with this word in its title. */
  public static DatasetDescription description(String localId, String word) {
    return DatasetJsonReader.description(
        DatasetFixture.dataset(NODE, localId, "Cohort " + word).toJson());
  }

  /** Adds a released dataset titled with this word, committed; returns its id. */
  public DatasetId released(String localId, String word) {
    return tx.commit(() -> create(localId, word));
  }

  /** Adds a released dataset in the caller's transaction. */
  public DatasetId create(String localId, String word) {
    return catalogue
        .create(NODE, localId, LifecycleStatus.RELEASED, description(localId, word), OPERATOR)
        .id();
  }

  /** Adds a released dataset and publishes it, committed. */
  public DatasetId published(String localId, String word) {
    DatasetId id = released(localId, word);
    tx.commit(() -> lifecycle.publish(id, null, OPERATOR));
    return id;
  }

  public boolean exists(DatasetId id) {
    return status(id).isPresent();
  }

  public Optional<LifecycleStatus> status(DatasetId id) {
    return tx.commit(() -> datasets.find(id).map(Dataset::status));
  }

  /** The action of the newest trace naming the dataset, if any. */
  public Optional<TraceAction> lastTrace(DatasetId id) {
    return traces.latestFor(id.value()).map(LatestTrace::action);
  }

  public long lifecycleSteps(DatasetId id) {
    return tx.commit(() -> (long) datasets.history(id).size());
  }

  /** How many datasets an admin finds by this word. */
  public long found(String word) {
    return search.search(new SearchQuery(word, Map.of(), null, 1, 10), ADMIN).total();
  }
}
