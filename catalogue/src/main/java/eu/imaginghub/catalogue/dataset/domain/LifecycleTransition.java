package eu.imaginghub.catalogue.dataset.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What can happen to a dataset's status, and from where. A dataset starts as a draft or released;
 * it is published from either; any of those may be invalidated, and invalidation is final. A new
 * version is made of a published dataset only, which stays published.
 */
public enum LifecycleTransition {
  CREATE(Set.of(), null),
  RELEASE(Set.of(LifecycleStatus.DRAFT), LifecycleStatus.RELEASED),
  PUBLISH(Set.of(LifecycleStatus.DRAFT, LifecycleStatus.RELEASED), LifecycleStatus.PUBLISHED),
  INVALIDATE(
      Set.of(LifecycleStatus.DRAFT, LifecycleStatus.RELEASED, LifecycleStatus.PUBLISHED),
      LifecycleStatus.INVALIDATED),
  NEW_VERSION(Set.of(LifecycleStatus.PUBLISHED), LifecycleStatus.PUBLISHED);

  /** The longest reason kept with a transition. */
  public static final int MAX_REASON = 2000;

  private final Set<LifecycleStatus> from;
  private final LifecycleStatus to;

  LifecycleTransition(Set<LifecycleStatus> from, LifecycleStatus to) {
    this.from = from;
    this.to = to;
  }

  public boolean allowedFrom(LifecycleStatus status) {
    return from.contains(status);
  }

  /** The status after this transition from the given one; refuses an illegal transition. */
  public LifecycleStatus apply(LifecycleStatus status) {
    if (!allowedFrom(status)) {
      throw new IllegalStateException(
          "cannot " + operation() + " a dataset that is " + status.name().toLowerCase(Locale.ROOT));
    }
    return to;
  }

  /** The name of the operation in the API: release, publish, invalidate, new-version. */
  public String operation() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The transitions a dataset with the given status may take now. */
  public static List<LifecycleTransition> from(LifecycleStatus status) {
    return Arrays.stream(values()).filter(t -> t.allowedFrom(status)).toList();
  }

  /**
   * Whether a node may move a dataset it revises in place from one status to the other just by
   * sending the record with the new status: staying put, or a legal release or publish.
   */
  public static boolean canRevise(LifecycleStatus from, LifecycleStatus to) {
    return from == to
        || (to == LifecycleStatus.RELEASED && RELEASE.allowedFrom(from))
        || (to == LifecycleStatus.PUBLISHED && PUBLISH.allowedFrom(from));
  }
}
