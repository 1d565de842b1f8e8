package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.tracer.trace.application.TraceQueries;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a viewer may do with a dataset now, as the API lists it in {@code allowedActions}: edit,
 * release, publish, invalidate, new-version, delete. Only the node's operators and admins may do
 * anything; a dataset once published or used is never deleted, only invalidated.
 */
@ApplicationScoped
public class DatasetActions {

  /** The traces that show a dataset was used, which keeps it from being deleted. */
  static final Set<TraceAction> USES = Set.of(TraceAction.USE_DATASETS, TraceAction.USE_REPORTED);

  @Inject TraceQueries traces;

  public List<String> allowed(DatasetDetails dataset, Viewer viewer) {
    if (!viewer.operates(dataset.nodeId())) {
      return List.of();
    }
    List<String> actions = new ArrayList<>();
    if (dataset.status() != LifecycleStatus.INVALIDATED) {
      actions.add("edit");
    }
    LifecycleTransition.from(dataset.status()).forEach(t -> actions.add(t.operation()));
    if (deletable(dataset.id(), dataset.everPublished())) {
      actions.add("delete");
    }
    return List.copyOf(actions);
  }

  /** Whether the dataset may still be deleted: never published and never used. */
  boolean deletable(DatasetId id, boolean everPublished) {
    return !everPublished && !traces.anyNaming(id.value(), USES);
  }
}
