package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which node holds a dataset, whoever asks. Access governance decides on datasets that a caller may
 * not see in the catalogue (another node's unreleased record, a withdrawn one): it needs to know
 * where each lives, and whether it still does, without reading the record itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DatasetLocations {

  /** Where a dataset lives; withdrawn ones are still located, and say so. */
  public record DatasetLocation(String id, String nodeId, String title, boolean withdrawn) {}

  @Inject DatasetRepository datasets;

  /** The datasets the hub knows among these ids, by id; unknown or blank ids are absent. */
  public Map<String, DatasetLocation> locate(Collection<String> ids) {
    List<DatasetId> known =
        ids.stream().filter(i -> i != null && !i.isBlank()).distinct().map(DatasetId::new).toList();
    Map<String, DatasetLocation> located = new LinkedHashMap<>();
    for (Dataset d : datasets.findAll(known)) {
      located.put(
          d.id().value(),
          new DatasetLocation(
              d.id().value(), d.node().id().value(), d.title(), d.withdrawnAt().isPresent()));
    }
    return located;
  }
}
