package eu.imaginghub.access.request.domain;

/** What a timeline event records. Votes and decisions name the part they concern. */
public enum EventKind {
  CREATED,
  EDITED,
  ATTACHED,
  SUBMITTED,
  RESUBMITTED,
  COMMENTED,
  VOTED_APPROVE,
  VOTED_REJECT,
  VOTED_ABSTAIN,
  CHANGES_REQUESTED,
  APPROVED,
  REJECTED,
  WITHDRAWN,
  /** A dataset the request names was invalidated by its node: a note, no change of state. */
  DATASET_INVALIDATED,
  /** Every dataset of a part was invalidated before the part was decided: it ends undecided. */
  PART_CLOSED;

  boolean isVote() {
    return this == VOTED_APPROVE || this == VOTED_REJECT || this == VOTED_ABSTAIN;
  }

  boolean isDecision() {
    return this == APPROVED || this == REJECTED;
  }
}
