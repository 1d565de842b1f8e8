package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.security.Viewer;

/**
 * Who may read a dataset by its id: drafts only its node's operators and admins; released ones
 * anyone signed in; published ones everyone. An invalidated dataset stays readable, with its
 * invalidation, to everyone if it was ever published, else to those signed in.
 */
public final class DatasetVisibility {

  private DatasetVisibility() {}

  public static boolean canSee(Dataset dataset, Viewer viewer) {
    if (viewer.operates(dataset.node().id().value())) {
      return true;
    }
    return switch (dataset.status()) {
      case DRAFT -> false;
      case RELEASED -> !viewer.isAnonymous();
      case PUBLISHED -> true;
      case INVALIDATED -> dataset.lifecycle().everPublished() || !viewer.isAnonymous();
    };
  }
}
