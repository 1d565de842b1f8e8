package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.DatasetVersion;
import eu.imaginghub.catalogue.dataset.domain.LifecycleState;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonReader;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dataset's versions: the current one (the dataset itself) and the earlier ones frozen when each
 * next was made. Whoever may see the dataset may read every version of it.
 */
@ApplicationScoped
@Transactional
public class DatasetVersions {

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetRepository datasets;

  /** Every version, oldest first, the current one last. */
  public List<VersionView> versions(DatasetId id, Viewer viewer) {
    Dataset dataset = catalogue.visible(id, viewer);
    List<VersionView> views = new ArrayList<>();
    datasets
        .versions(id)
        .forEach(
            v ->
                views.add(
                    new VersionView(
                        v.version(),
                        false,
                        v.createdAt(),
                        v.supersededAt(),
                        v.doi().orElse(null))));
    LifecycleState state = dataset.lifecycle();
    views.add(
        new VersionView(state.version(), true, created(dataset), null, state.doi().orElse(null)));
    return views;
  }

  /** One version of a dataset the viewer may see; 404 for a version it never had. */
  public VersionDetails version(DatasetId id, int n, Viewer viewer) {
    Dataset dataset = catalogue.visible(id, viewer);
    return details(dataset, n).orElseThrow(() -> ProblemException.notFound("version", n));
  }

  /** One version, whoever may see it: for the hub's own background work. */
  public Optional<VersionDetails> find(DatasetId id, int n) {
    return datasets.find(id).flatMap(d -> details(d, n));
  }

  /**
   * Stores the DOI minted for a version: on the frozen version, or on the dataset when it is the
   * current one. The concept DOI names every version, so the dataset keeps it either way.
   */
  public void recordDoi(
      DatasetId id, int version, String doi, String conceptDoi, String recordUrl) {
    Dataset dataset =
        datasets.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("dataset", id));
    LifecycleState state = dataset.lifecycle();
    if (version == state.version()) {
      state.identify(doi, conceptDoi, recordUrl);
      return;
    }
    datasets
        .version(id, version)
        .orElseThrow(() -> ProblemException.notFound("version", version))
        .identify(doi, conceptDoi, recordUrl);
    if (state.conceptDoi().isEmpty() && conceptDoi != null) {
      state.identify(state.doi().orElse(null), conceptDoi, state.recordUrl().orElse(null));
    }
  }

  private Optional<VersionDetails> details(Dataset dataset, int n) {
    LifecycleState state = dataset.lifecycle();
    if (n == state.version()) {
      return Optional.of(
          new VersionDetails(
              dataset.id(),
              dataset.node().id().value(),
              dataset.node().name(),
              n,
              n,
              dataset.status(),
              dataset.description(),
              created(dataset),
              null,
              state.doi().orElse(null),
              state.conceptDoi().orElse(null),
              state.recordUrl().orElse(null),
              Invalidation.of(state)));
    }
    return datasets.version(dataset.id(), n).map(v -> frozen(dataset, v));
  }

  private static VersionDetails frozen(Dataset dataset, DatasetVersion v) {
    return new VersionDetails(
        dataset.id(),
        dataset.node().id().value(),
        dataset.node().name(),
        v.version(),
        dataset.lifecycle().version(),
        v.status(),
        DatasetJsonReader.description(v.descriptionJson()),
        v.createdAt(),
        v.supersededAt(),
        v.doi().orElse(null),
        v.conceptDoi().orElse(null),
        v.recordUrl().orElse(null),
        Invalidation.of(dataset.lifecycle()));
  }

  private static Instant created(Dataset dataset) {
    Instant at = dataset.lifecycle().versionCreatedAt();
    return at != null ? at : dataset.createdAt();
  }
}
