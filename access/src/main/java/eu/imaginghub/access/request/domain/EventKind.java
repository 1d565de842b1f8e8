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
  WITHDRAWN;

  boolean isVote() {
    return this == VOTED_APPROVE || this == VOTED_REJECT || this == VOTED_ABSTAIN;
  }

  boolean isDecision() {
    return this == APPROVED || this == REJECTED;
  }
}
