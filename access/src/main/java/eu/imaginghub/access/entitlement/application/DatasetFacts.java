package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.catalogue.dataset.application.DatasetLookup;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an entitlement's answer shows of its dataset, and the node holding it (a committee governing
 * the node governs the entitlement). Whoever may see an entitlement may see its dataset's title,
 * even once the dataset is withdrawn: the holders, the granting committee and admins.
 */
@ApplicationScoped
@Transactional
public class DatasetFacts {

  /** The dataset's title and the node holding it. */
  public record Facts(String title, String nodeId) {}

  @Inject DatasetLookup datasets;

  /** The facts of the datasets the catalogue knows among these, by id. */
  public Map<String, Facts> of(Collection<String> datasetIds) {
    Map<String, Facts> facts = new LinkedHashMap<>();
    for (Dataset d : datasets.findAll(datasetIds)) {
      facts.put(d.id().value(), new Facts(d.title(), d.node().id().value()));
    }
    return facts;
  }
}
