package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.LifecycleState;
import java.time.Instant;

/** When, by whom and why a dataset was invalidated. */
public record Invalidation(Instant at, String bySubject, String byName, String reason) {

  /** The dataset's invalidation, or null when it is not invalidated. */
  static Invalidation of(LifecycleState state) {
    return state
        .invalidatedAt()
        .map(
            at ->
                new Invalidation(
                    at,
                    state.invalidatedBy(),
                    state.invalidatedByName(),
                    state.invalidationReason()))
        .orElse(null);
  }
}
