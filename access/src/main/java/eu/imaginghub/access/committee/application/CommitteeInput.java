package eu.imaginghub.access.committee.application;

import java.util.List;

/**
 * A committee as an admin defines it: every field, each time (a redefinition replaces the whole).
 * Members are named by the e-mail address they signed in with.
 */
public record CommitteeInput(
    String name,
    Quorum quorum,
    Integer voteDays,
    List<Member> members,
    List<String> datasetIds,
    List<String> nodeIds) {

  /** {@code kind} is MAJORITY, UNANIMOUS or N_OF_M; {@code n} counts for N_OF_M only. */
  public record Quorum(String kind, Integer n) {}

  /** A member, and whether they chair the committee. */
  public record Member(String email, Boolean chair) {}
}
