package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.DuoMatch;
import eu.imaginghub.access.request.domain.RequestedDataset;
import eu.imaginghub.catalogue.dataset.application.DatasetLookup;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue as requests see it: which datasets exist and may be asked for, the node holding
 * each, and its data-use conditions as DUO codes (the catalogue keeps them as DUO IRIs under the
 * {@code dataUse} property).
 */
@ApplicationScoped
public class RequestDatasets {

  /** What a request shows of a dataset. */
  public record DatasetInfo(String id, String title, String nodeId, List<String> duoCodes) {}

  @Inject DatasetLookup datasets;

  /**
   * The datasets asked for, with the acceptance of their terms; 400 naming unknown, withdrawn,
   * invalidated or unseen datasets, and accepted terms of datasets not asked for.
   */
  public List<RequestedDataset> resolve(
      List<String> datasetIds, List<String> acceptedTerms, Viewer viewer) {
    return resolve(datasetIds, acceptedTerms, viewer, List.of());
  }

  /**
   * As {@link #resolve(List, List, Viewer)}, but an invalidated dataset is refused only when it is
   * not among {@code kept}: a submitted request keeps its datasets, invalidated or not.
   */
  public List<RequestedDataset> resolve(
      List<String> datasetIds, List<String> acceptedTerms, Viewer viewer, Collection<String> kept) {
    List<FieldProblem> problems = new ArrayList<>();
    LinkedHashSet<String> ids = new LinkedHashSet<>(datasetIds == null ? List.of() : datasetIds);
    List<String> accepted = acceptedTerms == null ? List.of() : acceptedTerms;
    List<RequestedDataset> out = new ArrayList<>();
    for (String id : ids) {
      Optional<Dataset> d = id == null || id.isBlank() ? Optional.empty() : find(id);
      boolean invalid = d.isPresent() && invalidated(d.get());
      if (invalid && !kept.contains(id)) {
        // an invalidated dataset is readable to anyone signed in: saying so discloses nothing
        problems.add(
            new FieldProblem(
                "datasetIds",
                "dataset " + id + " was invalidated by its node and cannot be asked for"));
      } else if (!invalid && (d.isEmpty() || !mayAskFor(d.get(), viewer))) {
        problems.add(new FieldProblem("datasetIds", "no dataset " + id + " can be asked for"));
      } else {
        out.add(new RequestedDataset(id, d.get().node().id().value(), accepted.contains(id)));
      }
    }
    for (String id : accepted) {
      if (!ids.contains(id)) {
        problems.add(new FieldProblem("acceptedTerms", "names a dataset not asked for: " + id));
      }
    }
    if (ids.isEmpty()) {
      problems.add(new FieldProblem("datasetIds", "names at least one dataset"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return out;
  }

  /** Title, node and DUO conditions of these datasets, by id; unknown ones are absent. */
  public Map<String, DatasetInfo> info(Collection<String> ids) {
    Map<String, DatasetInfo> out = new LinkedHashMap<>();
    for (Dataset d : datasets.findAll(ids)) {
      List<String> codes =
          d.codes(CodedProperty.DATA_USE).stream()
              .map(Concept::iri)
              .map(DuoMatch::code)
              .flatMap(Optional::stream)
              .toList();
      out.put(
          d.id().value(), new DatasetInfo(d.id().value(), d.title(), d.node().id().value(), codes));
    }
    return out;
  }

  /** Those of these datasets their nodes invalidated, in order. */
  public List<String> invalidated(Collection<String> ids) {
    return datasets.findAll(ids).stream()
        .filter(RequestDatasets::invalidated)
        .map(d -> d.id().value())
        .toList();
  }

  private static boolean invalidated(Dataset d) {
    return d.status() == LifecycleStatus.INVALIDATED;
  }

  private Optional<Dataset> find(String id) {
    return datasets.find(id);
  }

  /** Published datasets, or the unreleased ones of a node the caller operates; never withdrawn. */
  private static boolean mayAskFor(Dataset d, Viewer viewer) {
    return d.withdrawnAt().isEmpty() && (d.isPublic() || viewer.operates(d.node().id().value()));
  }
}
