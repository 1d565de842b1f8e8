package eu.imaginghub.catalogue.dataset.domain;

/**
 * Where a dataset stands in its life. Drafts are for their node only; released datasets for anyone
 * signed in; published ones for everyone; an invalidated dataset is withdrawn from use for good.
 * The legal steps between them are {@link LifecycleTransition}s.
 */
public enum LifecycleStatus {
  DRAFT,
  RELEASED,
  PUBLISHED,
  INVALIDATED;

  /** Whether people beyond the node's operators (signed in, at least) may see such a dataset. */
  public boolean isPublic() {
    return this == RELEASED || this == PUBLISHED;
  }
}
