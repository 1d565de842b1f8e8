package eu.imaginghub.access.use.application;

import eu.imaginghub.access.use.application.DatasetPlaces.DatasetPlace;
import eu.imaginghub.access.use.application.UseReadRights.Scope;
import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.DatasetUseRepository;
import eu.imaginghub.access.use.domain.TrainedModel;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the uses of a dataset and the lineage of a model, as far as the caller may see them. */
@ApplicationScoped
@Transactional
public class UseQueries {

  /** A page of a dataset's uses, newest first. */
  public record DatasetUses(DatasetPlace dataset, long total, List<DatasetUse> items) {}

  /** A model as its reported uses show it: each version with what trained it. */
  public record ModelLineage(String modelId, List<ModelVersion> versions) {}

  /**
   * One version of a model (one set of weights: a version re-released with other weights is another
   * entry).
   *
   * @param datasets the datasets its reported uses named, in the order first named
   * @param reports those uses, oldest first
   */
  public record ModelVersion(
      String version, String sha256, List<DatasetPlace> datasets, List<DatasetUse> reports) {}

  @Inject DatasetUseRepository uses;
  @Inject DatasetPlaces locations;
  @Inject UseReadRights rights;

  public DatasetUses ofDataset(String datasetId, Viewer viewer, int page, int size) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see the uses of a dataset");
    }
    DatasetPlace dataset =
        Optional.ofNullable(locations.locate(List.of(datasetId)).get(datasetId))
            .orElseThrow(() -> ProblemException.notFound("dataset", datasetId));
    Scope scope = rights.require(viewer, dataset);
    List<String> projects = scope.all() ? null : List.copyOf(scope.projects());
    return new DatasetUses(
        dataset,
        uses.countOfDataset(datasetId, projects),
        uses.ofDataset(datasetId, projects, (page - 1) * size, size));
  }

  /**
   * The model's versions with the datasets they were trained on, from the reports the caller may
   * see (those of a dataset whose uses they see); a model none of them shows is not found.
   */
  public ModelLineage lineage(String modelId, Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see the lineage of a model");
    }
    List<DatasetUse> reports =
        TrainedModel.isValidId(modelId) ? uses.reportsOfModel(modelId) : List.of();
    Map<String, DatasetPlace> located =
        locations.locate(
            reports.stream().flatMap(r -> r.datasetIds().stream()).distinct().toList());
    Map<String, Optional<Scope>> scopes = new HashMap<>();
    List<DatasetUse> visible =
        reports.stream().filter(r -> visible(r, viewer, located, scopes)).toList();
    if (visible.isEmpty()) {
      throw ProblemException.notFound("model", modelId);
    }
    return new ModelLineage(modelId, versions(visible, located));
  }

  private boolean visible(
      DatasetUse report,
      Viewer viewer,
      Map<String, DatasetPlace> located,
      Map<String, Optional<Scope>> scopes) {
    return report.datasetIds().stream()
        .filter(located::containsKey)
        .map(id -> scopes.computeIfAbsent(id, k -> rights.scope(viewer, located.get(k))))
        .anyMatch(s -> s.isPresent() && s.get().covers(report.projectCode()));
  }

  private static List<ModelVersion> versions(
      List<DatasetUse> reports, Map<String, DatasetPlace> located) {
    Map<TrainedModel, List<DatasetUse>> byVersion = new LinkedHashMap<>();
    for (DatasetUse r : reports) {
      byVersion.computeIfAbsent(r.model().orElseThrow(), m -> new ArrayList<>()).add(r);
    }
    List<ModelVersion> versions = new ArrayList<>();
    byVersion.forEach(
        (model, used) -> {
          LinkedHashSet<String> ids = new LinkedHashSet<>();
          used.forEach(r -> ids.addAll(r.datasetIds()));
          List<DatasetPlace> datasets =
              ids.stream()
                  .map(id -> located.getOrDefault(id, new DatasetPlace(id, null, null)))
                  .toList();
          versions.add(new ModelVersion(model.version(), model.sha256(), datasets, used));
        });
    return versions;
  }
}
