package eu.imaginghub.catalogue.landing.application;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a landing page shows, by the dataset's id only (the dataset row, its collections and
 * its versions: no search, no scan), with the same visibility rules as the API.
 */
@ApplicationScoped
@Transactional
public class LandingPages {

  @Inject DatasetCatalogue catalogue;
  @Inject ConceptLabels labels;

  /** The current version of a dataset the viewer may see. */
  public LandingRecord current(DatasetId id, Viewer viewer) {
    DatasetDetails d = catalogue.get(id, viewer);
    return new LandingRecord(
        d.id(),
        d.nodeId(),
        d.nodeName(),
        d.country(),
        d.status(),
        d.description(),
        1,
        1,
        d.doi(),
        d.created(),
        d.updated(),
        null,
        null,
        List.of(new LandingRecord.VersionLine(1, true, d.created(), null, d.doi())),
        labels(d.description()));
  }

  /** One version of a dataset the viewer may see; 404 for a version it never had. */
  public LandingRecord version(DatasetId id, int version, Viewer viewer) {
    LandingRecord current = current(id, viewer);
    if (version != current.version()) {
      throw ProblemException.notFound("version " + version + " of dataset", id);
    }
    return current;
  }

  private Map<String, String> labels(DatasetDescription description) {
    Map<String, String> resolved = new HashMap<>();
    description
        .codes()
        .values()
        .forEach(
            concepts -> {
              for (Concept c : concepts) {
                resolved.put(c.iri(), labels.label(c.iri(), c.label()));
              }
            });
    return resolved;
  }
}
