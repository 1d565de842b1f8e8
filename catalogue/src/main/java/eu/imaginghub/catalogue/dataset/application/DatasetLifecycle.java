package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.application.DatasetPublished.Origin;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * The hub's lifecycle use cases on a dataset: release, publish, invalidate, make a new version,
 * delete, and read its history. Only the node's operators (a node token included) and admins take
 * steps; a step the dataset's status does not allow is a conflict naming those it does.
 */
@ApplicationScoped
@Transactional
public class DatasetLifecycle {

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetRepository datasets;
  @Inject LifecycleSteps steps;
  @Inject DatasetActions actions;

  public DatasetDetails release(DatasetId id, String reason, Viewer viewer) {
    Dataset dataset = operable(id, LifecycleTransition.RELEASE, viewer);
    steps.move(dataset, LifecycleTransition.RELEASE, optionalReason(reason), viewer, Origin.HUB);
    return DatasetDetails.of(dataset);
  }

  /** Publishes the dataset; it must then meet the profile's rules for published records. */
  public DatasetDetails publish(DatasetId id, String reason, Viewer viewer) {
    Dataset dataset = operable(id, LifecycleTransition.PUBLISH, viewer);
    DatasetCatalogue.accept(LifecycleStatus.PUBLISHED, dataset.description());
    steps.move(dataset, LifecycleTransition.PUBLISH, optionalReason(reason), viewer, Origin.HUB);
    return DatasetDetails.of(dataset);
  }

  /** Invalidates the dataset for good; the reason is required and shown to its readers. */
  public DatasetDetails invalidate(DatasetId id, String reason, Viewer viewer) {
    Dataset dataset = operable(id, LifecycleTransition.INVALIDATE, viewer);
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("reason", "is required to invalidate a dataset");
    }
    steps.invalidate(dataset, optionalReason(reason), viewer, Origin.HUB);
    return DatasetDetails.of(dataset);
  }

  /** Makes the description the published dataset's next version, keeping the current one. */
  public DatasetDetails newVersion(
      DatasetId id, DatasetDescription description, String reason, Viewer viewer) {
    Dataset dataset = operable(id, LifecycleTransition.NEW_VERSION, viewer);
    DatasetCatalogue.accept(LifecycleStatus.PUBLISHED, description);
    steps.newVersion(dataset, description, optionalReason(reason), viewer, Origin.HUB);
    return DatasetDetails.of(dataset);
  }

  /** Every step the dataset took, oldest first, for whoever may see it. */
  public List<LifecycleEventView> history(DatasetId id, Viewer viewer) {
    catalogue.visible(id, viewer);
    return datasets.history(id).stream()
        .map(
            e ->
                new LifecycleEventView(
                    e.transition(),
                    e.from(),
                    e.to(),
                    e.version(),
                    e.actor(),
                    e.actorName(),
                    e.at(),
                    e.reason()))
        .toList();
  }

  /**
   * Withdraws a dataset that was never published nor used: it leaves search and answers 410 from
   * then on. Published or used ones are kept as they were cited: they are invalidated instead.
   */
  public void delete(DatasetId id, Viewer viewer) {
    Dataset dataset = catalogue.operable(id, viewer);
    if (!actions.deletable(id, dataset.lifecycle().everPublished())) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Dataset '"
              + id
              + "' was published or used, so it is kept: invalidate it instead"
              + " (POST /api/datasets/"
              + id
              + "/invalidate with a reason)");
    }
    steps.withdraw(dataset, viewer);
  }

  private Dataset operable(DatasetId id, LifecycleTransition transition, Viewer viewer) {
    Dataset dataset = catalogue.operable(id, viewer);
    if (!transition.allowedFrom(dataset.status())) {
      throw illegal(dataset, transition);
    }
    return dataset;
  }

  /** The conflict of a step the dataset's status does not allow, naming those it does. */
  static ProblemException illegal(Dataset dataset, LifecycleTransition transition) {
    List<String> allowed =
        LifecycleTransition.from(dataset.status()).stream()
            .map(LifecycleTransition::operation)
            .toList();
    return new ProblemException(
        ProblemException.Kind.CONFLICT,
        "Dataset '"
            + dataset.id()
            + "' is "
            + dataset.status().name().toLowerCase(Locale.ROOT)
            + ": it cannot "
            + (transition == LifecycleTransition.NEW_VERSION
                ? "get a new version"
                : "be " + transition.operation() + "d")
            + ". Allowed now: "
            + (allowed.isEmpty() ? "nothing (invalidation is final)" : String.join(", ", allowed)));
  }

  private static String optionalReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String stripped = reason.strip();
    if (stripped.length() > LifecycleTransition.MAX_REASON) {
      throw ProblemException.invalid(
          "reason", "is longer than " + LifecycleTransition.MAX_REASON + " characters");
    }
    return stripped;
  }
}
