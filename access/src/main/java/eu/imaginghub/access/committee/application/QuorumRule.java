package eu.imaginghub.access.committee.application;

/**
 * How many of a committee's members must approve a request's part.
 *
 * @param n for {@code N_OF_M} only: at least this many members; 0 for the other kinds
 */
public record QuorumRule(Kind kind, int n) {

  /** The kinds of rule. */
  public enum Kind {
    /** More than half of the members. */
    MAJORITY,
    /** Every member. */
    UNANIMOUS,
    /** At least n members. */
    N_OF_M
  }

  /**
   * Whether this many approvals among this many members meet the rule.
   *
   * @param members the committee's size, chair included
   */
  public boolean metBy(int approvals, int members) {
    return switch (kind) {
      case MAJORITY -> approvals * 2 > members;
      case UNANIMOUS -> approvals >= members;
      case N_OF_M -> approvals >= n;
    };
  }
}
