package eu.imaginghub.access.use.application;

import eu.imaginghub.catalogue.dataset.application.DatasetLookup;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which node holds each dataset a use names, whoever asks: a use may name a dataset the caller may
 * not see in the catalogue (another node's unreleased record, a withdrawn one), and the rules need
 * where it lives all the same.
 */
@ApplicationScoped
public class DatasetPlaces {

  /** Where a dataset lives, and whether its node invalidated it. */
  public record DatasetPlace(String id, String nodeId, String title, boolean invalidated) {

    public DatasetPlace(String id, String nodeId, String title) {
      this(id, nodeId, title, false);
    }
  }

  @Inject DatasetLookup datasets;

  /** The datasets the hub knows among these ids, by id; unknown ids are absent. */
  public Map<String, DatasetPlace> locate(Collection<String> ids) {
    Map<String, DatasetPlace> located = new LinkedHashMap<>();
    for (Dataset d :
        datasets.findAll(ids.stream().filter(i -> i != null && !i.isBlank()).toList())) {
      located.put(
          d.id().value(),
          new DatasetPlace(
              d.id().value(),
              d.node().id().value(),
              d.title(),
              d.status() == LifecycleStatus.INVALIDATED));
    }
    return located;
  }
}
