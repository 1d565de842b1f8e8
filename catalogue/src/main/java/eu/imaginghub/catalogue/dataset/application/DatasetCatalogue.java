package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
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

  public DatasetDetails get(DatasetId id, Viewer viewer) {
    return DatasetDetails.of(visible(id, viewer));
  }

  /** Loads a dataset the viewer may see; others' unreleased work looks absent, not forbidden. */
  public Dataset visible(DatasetId id, Viewer viewer) {
    Dataset dataset = datasets.find(id).orElseThrow(() -> ProblemException.notFound("dataset", id));
    if (dataset.withdrawnAt().isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.GONE,
          "Dataset '" + id + "' was withdrawn on " + dataset.withdrawnAt().get());
    }
    if (!dataset.isPublic() && !viewer.operates(dataset.node().id().value())) {
      throw ProblemException.notFound("dataset", id);
    }
    return dataset;
  }

  public DatasetDetails create(
      String nodeId, String localId, LifecycleStatus status, DatasetDescription d, Viewer viewer) {
    Node node = operatedNode(nodeId, viewer);
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
    traces.created(dataset, viewer);
    return DatasetDetails.of(dataset);
  }

  public DatasetDetails update(
      DatasetId id, LifecycleStatus status, DatasetDescription d, Viewer viewer) {
    Dataset dataset = visible(id, viewer);
    requireOperator(dataset, viewer);
    accept(status, d);
    LifecycleStatus before = dataset.status();
    dataset.revise(status, d, clock.instant());
    labels.learn(d.carriedLabels());
    traces.revised(dataset, before, viewer);
    return DatasetDetails.of(dataset);
  }

  public void withdraw(DatasetId id, Viewer viewer) {
    Dataset dataset = visible(id, viewer);
    requireOperator(dataset, viewer);
    dataset.withdraw(clock.instant());
    traces.withdrawn(dataset, viewer);
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

  private static void accept(LifecycleStatus status, DatasetDescription d) {
    DatasetRules.Findings findings = DatasetRules.check(status, d);
    if (!findings.acceptable()) {
      throw ProblemException.invalid(findings.errors());
    }
  }
}
