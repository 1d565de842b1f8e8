package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.application.DatasetPublished.Origin;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetFingerprint;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes datasets that a node published and the harvester already validated against the profile.
 * Unlike {@link DatasetCatalogue}, it does not hold non-draft records to the strict rules: a plain
 * DCAT-AP record the harvester accepted with warnings is stored as it is. The lifecycle holds as
 * for the hub's own writes: published datasets change by new versions and are invalidated, not
 * withdrawn. Every write is traced and recorded as catalogue writes are.
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

  /** Why a published dataset its node stopped listing was invalidated. */
  static final String NO_LONGER_PUBLISHED = "no longer published by its node";

  @Inject ConceptLabels labels;
  @Inject Clock clock;
  @Inject LifecycleSteps steps;
  @Inject Event<HarvestedWritesEnding> ending;

  /**
   * Adds the dataset with the status the harvester decided, or applies the node's new record to it:
   * a published dataset whose description changed gets its next version; a draft or released one is
   * revised in place, taking the record's status only when that is a legal step (a release or
   * publication); an invalidated one is left as it is, for invalidation is final. A withdrawn
   * dataset is restored.
   */
  public Outcome upsert(
      String nodeId,
      String localId,
      LifecycleStatus status,
      DatasetDescription description,
      Viewer actingFor) {
    Node node = node(nodeId, actingFor);
    return upsert(
        node,
        localId,
        status,
        description,
        actingFor,
        datasets.find(DatasetId.of(nodeId, localId)));
  }

  /**
   * The node's datasets among these local ids, read in one query for the upserts that follow in
   * this transaction: a harvest stores hundreds of records at a time, and looking each one up on
   * its own cost a database round trip per record. Valid until the transaction lets its entities
   * go.
   */
  public Held held(String nodeId, Collection<String> localIds, Viewer actingFor) {
    Node node = node(nodeId, actingFor);
    Map<String, Dataset> byLocalId = new HashMap<>();
    localIds.forEach(id -> byLocalId.put(id, null)); // asked for, and absent unless found
    datasets
        .findAll(localIds.stream().map(id -> DatasetId.of(nodeId, id)).toList())
        .forEach(d -> byLocalId.put(d.localId(), d));
    return new Held(node, byLocalId);
  }

  /**
   * Datasets of one node read together, for {@link #upsert(Held, String, LifecycleStatus,
   * DatasetDescription, Viewer)}.
   */
  public static final class Held {
    private final Node node;
    private final Map<String, Dataset> byLocalId;

    private Held(Node node, Map<String, Dataset> byLocalId) {
      this.node = node;
      this.byLocalId = byLocalId;
    }
  }

  /**
   * As {@link #upsert(String, String, LifecycleStatus, DatasetDescription, Viewer)}, for a local id
   * read with {@link #held}.
   */
  public Outcome upsert(
      Held held,
      String localId,
      LifecycleStatus status,
      DatasetDescription description,
      Viewer actingFor) {
    actingFor.requireOperator(held.node.id().value());
    Optional<Dataset> existing =
        held.byLocalId.containsKey(localId)
            ? Optional.ofNullable(held.byLocalId.get(localId))
            : datasets.find(DatasetId.of(held.node.id().value(), localId));
    return upsert(held.node, localId, status, description, actingFor, existing);
  }

  private Outcome upsert(
      Node node,
      String localId,
      LifecycleStatus status,
      DatasetDescription description,
      Viewer actingFor,
      Optional<Dataset> existing) {
    if (existing.isEmpty()) {
      Dataset dataset = new Dataset(node, localId, status, description, clock.instant());
      datasets.add(dataset);
      labels.learn(description.carriedLabels());
      steps.created(dataset, actingFor, Origin.FEED);
      return Outcome.ADDED;
    }
    Dataset dataset = existing.get();
    LifecycleStatus before = dataset.status();
    if (dataset.withdrawnAt().isPresent()) {
      dataset.restore(status, description, clock.instant());
      labels.learn(description.carriedLabels());
      steps.revised(dataset, before, actingFor, Origin.FEED);
      return Outcome.UPDATED;
    }
    LifecycleStatus target = LifecycleTransition.canRevise(before, status) ? status : before;
    if (before == LifecycleStatus.INVALIDATED
        || DatasetFingerprint.of(target, description)
            .equals(DatasetFingerprint.of(before, dataset.description()))) {
      return Outcome.UNCHANGED; // nothing to write, index or trace
    }
    if (before == LifecycleStatus.PUBLISHED) {
      steps.newVersion(dataset, description, "updated by its node", actingFor, Origin.FEED);
      return Outcome.UPDATED;
    }
    dataset.revise(target, description, clock.instant());
    labels.learn(description.carriedLabels());
    steps.revised(dataset, before, actingFor, Origin.FEED);
    return Outcome.UPDATED;
  }

  /**
   * Takes the node's dataset out of the catalogue. One ever published stays, invalidated (it may
   * have been cited); others are withdrawn. Doing it again changes nothing.
   */
  public Outcome withdraw(String nodeId, String localId, Viewer actingFor) {
    node(nodeId, actingFor);
    DatasetId id = DatasetId.of(nodeId, localId);
    Dataset dataset =
        datasets.find(id).orElseThrow(() -> ProblemException.notFound("dataset", localId));
    if (dataset.withdrawnAt().isPresent() || dataset.status() == LifecycleStatus.INVALIDATED) {
      return Outcome.UNCHANGED;
    }
    if (dataset.lifecycle().everPublished()) {
      steps.invalidate(dataset, NO_LONGER_PUBLISHED, actingFor, Origin.FEED);
      return Outcome.WITHDRAWN;
    }
    steps.withdraw(dataset, actingFor);
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
