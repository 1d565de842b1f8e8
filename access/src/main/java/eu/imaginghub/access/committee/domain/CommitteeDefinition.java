package eu.imaginghub.access.committee.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.WritableText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything an admin says about a committee, checked as a whole: a name, a quorum rule the members
 * can meet, the days a member has to vote, exactly one chair among distinct members, and at least
 * one dataset or node to govern.
 *
 * <p>Dataset and node ids come out stripped and sorted, so that two definitions compare by content.
 *
 * @param quorumN the n of an {@code N_OF_M} rule; ignored (kept as 0) for the other rules
 */
public record CommitteeDefinition(
    String name,
    QuorumKind quorumKind,
    int quorumN,
    int voteDays,
    List<Seat> seats,
    Set<String> datasetIds,
    Set<String> nodeIds) {

  public static final int MAX_NAME = 200;
  public static final int MAX_VOTE_DAYS = 365;
  public static final int MAX_ID = 255;

  public CommitteeDefinition {
    name = name == null ? "" : name.strip();
    quorumN = quorumKind == QuorumKind.N_OF_M ? quorumN : 0;
    seats = seats == null ? List.of() : List.copyOf(seats);
    List<FieldProblem> problems = new ArrayList<>();
    datasetIds = ids("datasetIds", datasetIds, problems);
    nodeIds = ids("nodeIds", nodeIds, problems);
    checkName(name, problems);
    checkQuorum(quorumKind, quorumN, seats.size(), problems);
    if (voteDays < 1 || voteDays > MAX_VOTE_DAYS) {
      problems.add(new FieldProblem("voteDays", "is a number of days from 1 to " + MAX_VOTE_DAYS));
    }
    checkSeats(seats, problems);
    if (datasetIds.isEmpty()
        && nodeIds.isEmpty()
        && problems.stream().noneMatch(p -> p.field().endsWith("Ids"))) {
      problems.add(new FieldProblem("datasetIds", "or nodeIds name what the committee governs"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
  }

  /** The chair's subject. */
  public String chairSubject() {
    return seats.stream().filter(Seat::chair).findFirst().orElseThrow().memberSubject();
  }

  private static void checkName(String name, List<FieldProblem> problems) {
    if (name.isEmpty()) {
      problems.add(new FieldProblem("name", "is required"));
    } else {
      WritableText.check("name", name, MAX_NAME, problems);
    }
  }

  private static void checkQuorum(
      QuorumKind kind, int n, int members, List<FieldProblem> problems) {
    if (kind == null) {
      problems.add(new FieldProblem("quorum.kind", "is one of MAJORITY, UNANIMOUS, N_OF_M"));
    } else if (kind == QuorumKind.N_OF_M && (n < 1 || n > members)) {
      problems.add(
          new FieldProblem(
              "quorum.n", "is at least 1 and at most the number of members (" + members + ")"));
    }
  }

  private static void checkSeats(List<Seat> seats, List<FieldProblem> problems) {
    if (seats.isEmpty()) {
      problems.add(new FieldProblem("members", "names at least the chair"));
      return;
    }
    long chairs = seats.stream().filter(Seat::chair).count();
    if (chairs != 1) {
      problems.add(new FieldProblem("members", "has exactly one chair, not " + chairs));
    }
    Set<Seat> distinct = new HashSet<>(seats);
    if (distinct.size() != seats.size()) {
      problems.add(new FieldProblem("members", "names each person once"));
    }
  }

  /** The ids, stripped and sorted; a blank or overlong one is a problem and left out. */
  private static SortedSet<String> ids(
      String field, Set<String> given, List<FieldProblem> problems) {
    SortedSet<String> ids = new TreeSet<>();
    if (given == null) {
      return Collections.unmodifiableSortedSet(ids);
    }
    for (String id : given) {
      if (id == null || id.isBlank() || id.strip().length() > MAX_ID) {
        problems.add(new FieldProblem(field, "holds ids of at most " + MAX_ID + " characters"));
        break;
      }
      ids.add(id.strip());
    }
    return Collections.unmodifiableSortedSet(ids);
  }
}
