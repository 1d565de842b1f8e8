package eu.imaginghub.access.request.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A committee's quorum rule, as it stood when the part was submitted. It decides a part the moment
 * its outcome is certain: approved as soon as enough eligible voters approved, rejected as soon as
 * the approvals still possible (those cast plus the votes still missing) can no longer reach it.
 * Abstentions are cast votes that do not approve. With no eligible voter at all, the votes never
 * decide and only the chair can.
 *
 * @param n the number of approvals needed, for {@link Kind#N_OF_M} only (0 otherwise)
 */
public record VotingRule(Kind kind, int n) {

  /** How many of the eligible voters must approve. */
  public enum Kind {
    /** More than half of the eligible voters. */
    MAJORITY,
    /** Every eligible voter. */
    UNANIMOUS,
    /** At least n of them. */
    N_OF_M
  }

  public VotingRule {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.N_OF_M && n < 1) {
      throw new IllegalArgumentException("N of M needs n >= 1");
    }
    if (kind != Kind.N_OF_M) {
      n = 0;
    }
  }

  /** Approvals needed out of this many eligible voters. */
  public int needed(int eligible) {
    return switch (kind) {
      case MAJORITY -> eligible / 2 + 1;
      case UNANIMOUS -> eligible;
      case N_OF_M -> n;
    };
  }

  /**
   * The outcome the votes fix, if they fix one yet.
   *
   * @param eligible how many may vote
   * @param approvals approvals cast
   * @param cast all votes cast (approvals, rejections and abstentions)
   */
  public Optional<Outcome> outcome(int eligible, int approvals, int cast) {
    if (eligible <= 0) {
      return Optional.empty();
    }
    int needed = needed(eligible);
    if (approvals >= needed) {
      return Optional.of(Outcome.APPROVED);
    }
    int stillPossible = approvals + (eligible - cast);
    return stillPossible < needed ? Optional.of(Outcome.REJECTED) : Optional.empty();
  }

  /** The rule in words, for reasons and timelines. */
  public String describe(int eligible) {
    return switch (kind) {
      case MAJORITY -> "a majority (" + needed(eligible) + " of " + eligible + " eligible voters)";
      case UNANIMOUS -> "unanimity (all " + eligible + " eligible voters)";
      case N_OF_M -> n + " of " + eligible + " eligible voters";
    };
  }
}
