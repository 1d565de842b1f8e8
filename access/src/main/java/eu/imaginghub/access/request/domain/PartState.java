package eu.imaginghub.access.request.domain;

/** Where one committee's part of a request stands. */
public enum PartState {
  SUBMITTED,
  UNDER_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  REJECTED,
  WITHDRAWN;

  /** Whether the committee can still vote or decide on it. */
  public boolean open() {
    return this == SUBMITTED || this == UNDER_REVIEW;
  }

  public boolean decided() {
    return this == APPROVED || this == REJECTED;
  }
}
