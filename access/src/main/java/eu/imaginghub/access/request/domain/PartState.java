package eu.imaginghub.access.request.domain;

/** Where one committee's part of a request stands. */
public enum PartState {
  SUBMITTED,
  UNDER_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  REJECTED,
  WITHDRAWN,
  /** Ended undecided because every dataset it asks for was invalidated. */
  CLOSED;

  /** Whether the committee can still vote or decide on it. */
  public boolean open() {
    return this == SUBMITTED || this == UNDER_REVIEW;
  }

  public boolean decided() {
    return this == APPROVED || this == REJECTED;
  }

  /** Whether nothing more can happen to it: decided, or closed. */
  public boolean ended() {
    return decided() || this == CLOSED;
  }

  /**
   * Whether it awaits its committee or its requester: what an invalidated dataset closes (a
   * withdrawn part or a decided one keeps its end).
   */
  public boolean pending() {
    return open() || this == CHANGES_REQUESTED;
  }
}
