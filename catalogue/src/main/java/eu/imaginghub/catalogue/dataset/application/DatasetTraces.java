package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetFingerprint;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Records what happens to datasets in the trace log, in the transaction that does it. Status
 * changes (released, published, invalidated) and new versions get traces of their own.
 */
@ApplicationScoped
public class DatasetTraces {

  static final String CALLER = "catalogue";

  @Inject TraceLog log;

  public void created(Dataset d, Viewer viewer) {
    String fingerprint = fingerprint(d);
    record(TraceAction.CREATE_DATASET, d, fingerprint, viewer);
    statusReached(d, null, fingerprint, viewer);
  }

  public void revised(Dataset d, LifecycleStatus before, Viewer viewer) {
    String fingerprint = fingerprint(d);
    record(TraceAction.UPDATE_DATASET, d, fingerprint, viewer);
    statusReached(d, before, fingerprint, viewer);
  }

  /** A lifecycle transition taken on its own: release, publish, invalidate or a new version. */
  public void moved(Dataset d, LifecycleTransition transition, Viewer viewer) {
    switch (transition) {
      case RELEASE -> record(TraceAction.RELEASE_DATASET, d, viewer);
      case PUBLISH -> record(TraceAction.PUBLISH_DATASET, d, viewer);
      case INVALIDATE -> record(TraceAction.INVALIDATE_DATASET, d, viewer);
      case NEW_VERSION -> record(TraceAction.NEW_DATASET_VERSION, d, viewer);
      case CREATE -> record(TraceAction.CREATE_DATASET, d, viewer);
    }
  }

  public void withdrawn(Dataset d, Viewer viewer) {
    record(TraceAction.WITHDRAW_DATASET, d, viewer);
  }

  private void statusReached(Dataset d, LifecycleStatus before, String fingerprint, Viewer viewer) {
    if (d.status() == before) {
      return;
    }
    if (d.status() == LifecycleStatus.RELEASED && before != null) {
      record(TraceAction.RELEASE_DATASET, d, fingerprint, viewer);
    } else if (d.status() == LifecycleStatus.PUBLISHED) {
      record(TraceAction.PUBLISH_DATASET, d, fingerprint, viewer);
    } else if (d.status() == LifecycleStatus.INVALIDATED) {
      record(TraceAction.INVALIDATE_DATASET, d, fingerprint, viewer);
    }
  }

  private void record(TraceAction action, Dataset d, Viewer viewer) {
    record(action, d, fingerprint(d), viewer);
  }

  /**
   * What the dataset holds now, as its traces name it: computed once for the two traces of one
   * change (its write and the status it reached), for it rebuilds the whole description.
   */
  private static String fingerprint(Dataset d) {
    return DatasetFingerprint.of(d.status(), d.description());
  }

  private void record(TraceAction action, Dataset d, String fingerprint, Viewer viewer) {
    log.record(
        TraceEntry.of(
            CALLER,
            viewer.subject(),
            action,
            List.of(d.id().value()),
            Map.of(
                "node",
                d.node().id().value(),
                "status",
                d.status().name(),
                "version",
                String.valueOf(d.lifecycle().version())),
            List.of(fingerprint)));
  }
}
