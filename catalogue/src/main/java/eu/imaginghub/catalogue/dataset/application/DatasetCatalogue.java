package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetFingerprint;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.DatasetRules;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The catalogue's write and read use cases for single datasets. */
@ApplicationScoped
@Transactional
public class DatasetCatalogue {

  @Inject DatasetRepository datasets;
  @Inject NodeRepository nodes;
  @Inject ConceptLabels labels;
  @Inject Clock clock;
  @Inject DatasetTraces traces;
  @Inject DescriptionsRead descriptions;
  @Inject LifecycleSteps steps;

  public DatasetDetails get(DatasetId id, Viewer viewer) {
    Dataset dataset = visible(id, viewer);
    return DatasetDetails.of(dataset, descriptions.of(dataset));
  }

  /**
   * Loads a dataset the viewer may see ({@link DatasetVisibility}); what they may not see looks
   * absent, not forbidden. A dataset withdrawn before it was ever published answers 410.
   */
  public Dataset visible(DatasetId id, Viewer viewer) {
    Dataset dataset = datasets.find(id).orElseThrow(() -> ProblemException.notFound("dataset", id));
    if (dataset.withdrawnAt().isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.GONE,
          "Dataset '" + id + "' was withdrawn on " + dataset.withdrawnAt().get());
    }
    if (!DatasetVisibility.canSee(dataset, viewer)) {
      throw ProblemException.notFound("dataset", id);
    }
    return dataset;
  }

  /**
   * Loads a dataset for a change: anonymous callers are asked to sign in (401), a dataset they may
   * not see is absent (404), one they see but do not operate is forbidden (403).
   */
  public Dataset operable(DatasetId id, Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to change data");
    }
    // locked first, so that visible() reads the same, current row from the persistence context
    datasets.findForUpdate(id);
    Dataset dataset = visible(id, viewer);
    requireOperator(dataset, viewer);
    return dataset;
  }

  /** Adds a draft or released dataset; published ones are created first, then published. */
  public DatasetDetails create(
      String nodeId, String localId, LifecycleStatus status, DatasetDescription d, Viewer viewer) {
    Node node = operatedNode(nodeId, viewer);
    if (status != LifecycleStatus.DRAFT && status != LifecycleStatus.RELEASED) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "A dataset is created as a draft or released: create it, then publish it"
              + " (POST /api/datasets/{id}/publish)");
    }
    accept(status, d);
    DatasetId id = DatasetId.of(node.id().value(), localId);
    if (datasets.find(id).isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Node '" + nodeId + "' already has a dataset '" + localId + "': " + id);
    }
    Dataset dataset = new Dataset(node, localId, status, d, clock.instant());
    datasets.add(dataset);
    labels.learn(d.carriedLabels());
    steps.created(dataset, viewer, DatasetPublished.Origin.HUB);
    return DatasetDetails.of(dataset);
  }

  /**
   * Revises the dataset's description. Drafts and released ones are revised in place; a changed
   * description of a published one becomes its next version (an unchanged one changes nothing). The
   * status is changed only by the lifecycle operations: {@code status}, when given, must be the
   * current one.
   */
  public DatasetDetails update(
      DatasetId id, LifecycleStatus status, DatasetDescription d, Viewer viewer) {
    Dataset dataset = operable(id, viewer);
    LifecycleStatus current = dataset.status();
    if (status != null && status != current) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Dataset '"
              + id
              + "' is "
              + current
              + ": its status changes only by POST /api/datasets/"
              + id
              + "/release, /publish or /invalidate");
    }
    if (current == LifecycleStatus.INVALIDATED) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "Dataset '" + id + "' is invalidated, which is final");
    }
    accept(current, d);
    if (DatasetFingerprint.of(current, d)
        .equals(DatasetFingerprint.of(current, dataset.description()))) {
      return DatasetDetails.of(dataset); // the same description again changes nothing
    }
    if (current == LifecycleStatus.PUBLISHED) {
      steps.newVersion(dataset, d, "metadata updated", viewer, DatasetPublished.Origin.HUB);
    } else {
      dataset.revise(current, d, clock.instant());
      labels.learn(d.carriedLabels());
      traces.revised(dataset, current, viewer);
    }
    return DatasetDetails.of(dataset);
  }

  private Node operatedNode(String nodeId, Viewer viewer) {
    if (!NodeId.isValid(nodeId)) {
      throw ProblemException.invalid("node", "is not a known node id");
    }
    Node node =
        nodes
            .find(new NodeId(nodeId))
            .orElseThrow(() -> ProblemException.invalid("node", "is not a known node id"));
    requireOperator(nodeId, viewer);
    return node;
  }

  private static void requireOperator(Dataset dataset, Viewer viewer) {
    requireOperator(dataset.node().id().value(), viewer);
  }

  private static void requireOperator(String nodeId, Viewer viewer) {
    viewer.requireOperator(nodeId);
  }

  /** Refuses a description the profile's rules for the status do not accept (400). */
  static void accept(LifecycleStatus status, DatasetDescription d) {
    DatasetRules.Findings findings = DatasetRules.check(status, d);
    if (!findings.acceptable()) {
      throw ProblemException.invalid(findings.errors());
    }
  }
}
