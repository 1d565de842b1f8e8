package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What an entitlement's answer shows of its dataset, as the caller may see it: a withdrawn dataset,
 * or one the caller may not see, has no title to show.
 */
@ApplicationScoped
public class DatasetFacts {

  /** The dataset's title and the node holding it. */
  public record Facts(String title, String nodeId) {}

  @Inject DatasetCatalogue catalogue;

  /**
   * Outside the caller's transaction: the catalogue refusing a dataset (gone, hidden) rolls back
   * only its own lookup, never the caller's change.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Facts> of(String datasetId, Viewer viewer) {
    try {
      DatasetDetails d = catalogue.get(new DatasetId(datasetId), viewer);
      return Optional.of(new Facts(d.description().title(), d.nodeId()));
    } catch (ProblemException e) {
      return Optional.empty();
    }
  }
}
