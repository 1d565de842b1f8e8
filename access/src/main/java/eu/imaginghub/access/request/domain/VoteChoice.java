package eu.imaginghub.access.request.domain;

/** A committee member's vote. */
public enum VoteChoice {
  APPROVE,
  REJECT,
  ABSTAIN;

  EventKind eventKind() {
    return switch (this) {
      case APPROVE -> EventKind.VOTED_APPROVE;
      case REJECT -> EventKind.VOTED_REJECT;
      case ABSTAIN -> EventKind.VOTED_ABSTAIN;
    };
  }

  static VoteChoice of(EventKind kind) {
    return switch (kind) {
      case VOTED_APPROVE -> APPROVE;
      case VOTED_REJECT -> REJECT;
      case VOTED_ABSTAIN -> ABSTAIN;
      default -> throw new IllegalArgumentException("not a vote: " + kind);
    };
  }
}
