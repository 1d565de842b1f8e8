package eu.imaginghub.catalogue.dataset.domain;

/** Where a dataset stands in its life; only released and published ones are public. */
public enum LifecycleStatus {
  DRAFT,
  RELEASED,
  PUBLISHED,
  INVALIDATED;

  public boolean isPublic() {
    return this == RELEASED || this == PUBLISHED;
  }
}
