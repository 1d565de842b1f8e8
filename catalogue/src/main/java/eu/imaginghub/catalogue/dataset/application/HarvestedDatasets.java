package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetFingerprint;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Writes datasets that a node published and the harvester already validated against the profile.
 * Unlike {@link DatasetCatalogue}, it does not hold non-draft records to the strict rules: a plain
 * DCAT-AP record the harvester accepted with warnings is stored as it is. A withdrawn dataset the
 * node publishes again is restored. Every write is traced as catalogue writes are.
 */
@ApplicationScoped
@Transactional
public class HarvestedDatasets {

  /** What a harvested write did to the catalogue. */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED,
    WITHDRAWN
  }

  @Inject DatasetRepository datasets;
  @Inject NodeRepository nodes;
  @Inject ConceptLabels labels;
  @Inject Clock clock;
  @Inject DatasetTraces traces;
  @Inject Event<HarvestedWritesEnding> ending;

  /** Adds the dataset, or replaces its description (restoring it when it was withdrawn). */
  public Outcome upsert(
      String nodeId,
      String localId,
      LifecycleStatus status,
      DatasetDescription description,
      Viewer actingFor) {
    Node node = node(nodeId, actingFor);
    Optional<Dataset> existing = datasets.find(DatasetId.of(nodeId, localId));
    if (existing.isEmpty()) {
      Dataset dataset = new Dataset(node, localId, status, description, clock.instant());
      datasets.add(dataset);
      labels.learn(description.carriedLabels());
      traces.created(dataset, actingFor);
      return Outcome.ADDED;
    }
    Dataset dataset = existing.get();
    LifecycleStatus before = dataset.status();
    if (dataset.withdrawnAt().isEmpty()
        && DatasetFingerprint.of(status, description)
            .equals(DatasetFingerprint.of(before, dataset.description()))) {
      return Outcome.UNCHANGED; // the same record again: nothing to write, index or trace
    }
    if (dataset.withdrawnAt().isPresent()) {
      dataset.restore(status, description, clock.instant());
    } else {
      dataset.revise(status, description, clock.instant());
    }
    labels.learn(description.carriedLabels());
    traces.revised(dataset, before, actingFor);
    return Outcome.UPDATED;
  }

  /** Withdraws the node's dataset; withdrawing a withdrawn one changes nothing. */
  public Outcome withdraw(String nodeId, String localId, Viewer actingFor) {
    node(nodeId, actingFor);
    DatasetId id = DatasetId.of(nodeId, localId);
    Dataset dataset =
        datasets.find(id).orElseThrow(() -> ProblemException.notFound("dataset", localId));
    if (dataset.withdrawnAt().isPresent()) {
      return Outcome.UNCHANGED;
    }
    dataset.withdraw(clock.instant());
    traces.withdrawn(dataset, actingFor);
    return Outcome.WITHDRAWN;
  }

  /** The local ids of the node's datasets still in the catalogue. */
  public List<String> liveLocalIds(String nodeId, Viewer actingFor) {
    node(nodeId, actingFor);
    return datasets.liveLocalIds(new NodeId(nodeId));
  }

  private Node node(String nodeId, Viewer actingFor) {
    actingFor.requireOperator(nodeId);
    if (!NodeId.isValid(nodeId)) {
      throw ProblemException.notFound("node", nodeId);
    }
    return nodes
        .find(new NodeId(nodeId))
        .orElseThrow(() -> ProblemException.notFound("node", nodeId));
  }

  /**
   * Makes this transaction's harvested writes searchable before it commits, so that whoever reads
   * the run's end (committed with them) finds its datasets by search.
   */
  public void makeSearchable() {
    ending.fire(new HarvestedWritesEnding());
  }
}
