package eu.imaginghub.access.committee.domain;

/** How many of a committee's members must approve before its chair may approve. */
public enum QuorumKind {
  /** More than half of the members. */
  MAJORITY,
  /** Every member. */
  UNANIMOUS,
  /** At least n members, n no more than the committee has. */
  N_OF_M
}
