package eu.imaginghub.access.request.domain;

/** Where a request stands, as its timeline says. */
public enum RequestState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  CHANGES_REQUESTED,
  RESUBMITTED,
  APPROVED,
  REJECTED,
  /** Its parts were decided differently. */
  PARTIALLY_APPROVED,
  WITHDRAWN,
  /** Every part was closed undecided: each asked only for datasets since invalidated. */
  CLOSED;

  /** Whether the requester may still change the request's content. */
  public boolean editable() {
    return this == DRAFT || this == CHANGES_REQUESTED;
  }

  /** Whether nothing more can happen to the request but comments. */
  public boolean finished() {
    return this == APPROVED
        || this == REJECTED
        || this == PARTIALLY_APPROVED
        || this == WITHDRAWN
        || this == CLOSED;
  }
}
