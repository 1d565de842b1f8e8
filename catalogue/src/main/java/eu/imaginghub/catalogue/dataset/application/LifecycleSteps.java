package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.application.DatasetPublished.Origin;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetLifecycleEvent;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.DatasetVersion;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonWriter;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Takes a step in a dataset's life that its caller already allowed, and everything that goes with
 * it in the same transaction: the history row, the trace and the events announcing a published
 * version or an invalidation. Shared by the hub's API and the node's feed, which check differently
 * whether a step may be taken.
 */
@ApplicationScoped
public class LifecycleSteps {

  @Inject DatasetRepository datasets;
  @Inject ConceptLabels labels;
  @Inject Clock clock;
  @Inject DatasetTraces traces;
  @Inject Event<DatasetPublished> published;
  @Inject Event<DatasetInvalidated> invalidated;

  /** A dataset just added to the catalogue. */
  public void created(Dataset dataset, Viewer actor, Origin origin) {
    traces.created(dataset, actor);
    record(dataset, LifecycleTransition.CREATE, null, null, actor, origin);
  }

  /** A dataset revised in place; a changed status was a legal release or publication. */
  public void revised(Dataset dataset, LifecycleStatus before, Viewer actor, Origin origin) {
    traces.revised(dataset, before, actor);
    if (dataset.status() == LifecycleStatus.RELEASED && before != LifecycleStatus.RELEASED) {
      record(dataset, LifecycleTransition.RELEASE, before, null, actor, origin);
    } else if (dataset.status() == LifecycleStatus.PUBLISHED
        && before != LifecycleStatus.PUBLISHED) {
      record(dataset, LifecycleTransition.PUBLISH, before, null, actor, origin);
    }
  }

  /** Releases or publishes the dataset. */
  public void move(
      Dataset dataset, LifecycleTransition transition, String reason, Viewer actor, Origin origin) {
    LifecycleStatus before = dataset.status();
    dataset.move(transition, clock.instant());
    traces.moved(dataset, transition, actor);
    record(dataset, transition, before, reason, actor, origin);
  }

  /** Invalidates the dataset for good. */
  public void invalidate(Dataset dataset, String reason, Viewer actor, Origin origin) {
    LifecycleStatus before = dataset.status();
    dataset.invalidate(actor.subject(), actor.displayName(), reason, clock.instant());
    traces.moved(dataset, LifecycleTransition.INVALIDATE, actor);
    record(dataset, LifecycleTransition.INVALIDATE, before, reason, actor, origin);
  }

  /** Takes a dataset never published out of the catalogue; it stays as a tombstone (410). */
  public void withdraw(Dataset dataset, Viewer actor) {
    dataset.withdraw(clock.instant());
    traces.withdrawn(dataset, actor);
  }

  /**
   * Freezes the published dataset's current version and makes the description its next one, still
   * published.
   */
  public void newVersion(
      Dataset dataset, DatasetDescription next, String reason, Viewer actor, Origin origin) {
    Instant now = clock.instant();
    datasets.add(
        DatasetVersion.freeze(dataset, DatasetJsonWriter.text(dataset.description()), now));
    dataset.nextVersion(next, now);
    labels.learn(next.carriedLabels());
    traces.moved(dataset, LifecycleTransition.NEW_VERSION, actor);
    record(
        dataset, LifecycleTransition.NEW_VERSION, LifecycleStatus.PUBLISHED, reason, actor, origin);
  }

  private void record(
      Dataset dataset,
      LifecycleTransition transition,
      LifecycleStatus from,
      String reason,
      Viewer actor,
      Origin origin) {
    Instant now = clock.instant();
    datasets.add(
        new DatasetLifecycleEvent(
            dataset, transition, from, actor.subject(), actor.displayName(), reason, now));
    String id = dataset.id().value();
    String node = dataset.node().id().value();
    int version = dataset.lifecycle().version();
    if ((dataset.status() == LifecycleStatus.PUBLISHED && from != LifecycleStatus.PUBLISHED)
        || transition == LifecycleTransition.NEW_VERSION) {
      boolean added = transition == LifecycleTransition.CREATE;
      published.fire(new DatasetPublished(id, node, version, origin, now, added));
    } else if (transition == LifecycleTransition.INVALIDATE) {
      invalidated.fire(new DatasetInvalidated(id, node, version, reason, actor.subject(), now));
    }
  }
}
