package eu.imaginghub.access.request.domain;

/** What a part's decision says. */
public enum Outcome {
  APPROVED,
  REJECTED;

  EventKind eventKind() {
    return this == APPROVED ? EventKind.APPROVED : EventKind.REJECTED;
  }
}
