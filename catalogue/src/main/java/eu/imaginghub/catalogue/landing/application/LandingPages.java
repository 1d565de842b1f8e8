package eu.imaginghub.catalogue.landing.application;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.application.DatasetVersions;
import eu.imaginghub.catalogue.dataset.application.Invalidation;
import eu.imaginghub.catalogue.dataset.application.VersionDetails;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a landing page shows by the dataset's id only (the dataset row with its collections,
 * and its frozen versions: no search, no scan), with the same visibility rules as the API. One
 * transaction, so the dataset is loaded once however many reads need it.
 */
@ApplicationScoped
@Transactional
public class LandingPages {

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetVersions versions;
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
        d.version(),
        d.version(),
        d.doi(),
        d.created(),
        d.updated(),
        null,
        tombstone(d.invalidation()),
        lines(id, viewer),
        labels(d.description()));
  }

  /** One version of a dataset the viewer may see; 404 for a version it never had. */
  public LandingRecord version(DatasetId id, int version, Viewer viewer) {
    VersionDetails v = versions.version(id, version, viewer);
    if (v.current()) {
      return current(id, viewer);
    }
    DatasetDetails d = catalogue.get(id, viewer);
    return new LandingRecord(
        v.id(),
        v.nodeId(),
        v.nodeName(),
        d.country(),
        v.status(),
        v.description(),
        v.version(),
        v.currentVersion(),
        v.doi(),
        v.createdAt(),
        v.supersededAt(),
        v.supersededAt(),
        tombstone(v.invalidation()),
        lines(id, viewer),
        labels(v.description()));
  }

  private List<LandingRecord.VersionLine> lines(DatasetId id, Viewer viewer) {
    return versions.versions(id, viewer).stream()
        .map(
            v ->
                new LandingRecord.VersionLine(
                    v.version(), v.current(), v.createdAt(), v.supersededAt(), v.doi()))
        .toList();
  }

  private static LandingRecord.Tombstone tombstone(Invalidation invalidation) {
    return invalidation == null
        ? null
        : new LandingRecord.Tombstone(
            invalidation.at(), invalidation.byName(), invalidation.reason());
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
