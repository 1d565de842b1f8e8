package eu.imaginghub.access.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommitteeTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Viewer ADMIN = new Viewer("admin", "Admin", Set.of(Role.ADMIN), Set.of());
  private static final Viewer MEMBER =
      new Viewer("carla", "Carla", Set.of(Role.DAC_MEMBER), Set.of());

  private static CommitteeDefinition definition(QuorumKind kind, int n, Seat... seats) {
    return new CommitteeDefinition(
        " Lung DAC ", kind, n, 14, Arrays.asList(seats), Set.of("d1"), Set.of("es-valencia"));
  }

  private static CommitteeDefinition twoMembers() {
    return definition(QuorumKind.MAJORITY, 0, new Seat("carla", true), new Seat("bob", false));
  }

  private static List<FieldProblem> problems(Runnable r) {
    try {
      r.run();
    } catch (ProblemException e) {
      assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT);
      return e.fields();
    }
    throw new AssertionError("no problem raised");
  }

  @Test
  void aCommitteeHasExactlyOneChair() {
    assertThat(
            problems(
                () ->
                    definition(
                        QuorumKind.MAJORITY, 0, new Seat("carla", false), new Seat("bob", false))))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(tuple("members", "has exactly one chair, not 0"));
    assertThat(
            problems(
                () ->
                    definition(
                        QuorumKind.MAJORITY, 0, new Seat("carla", true), new Seat("bob", true))))
        .extracting(FieldProblem::message)
        .containsExactly("has exactly one chair, not 2");
    assertThat(twoMembers().chairSubject()).isEqualTo("carla");
  }

  @Test
  void membersAreDistinctAndAtLeastTheChair() {
    assertThat(problems(() -> definition(QuorumKind.MAJORITY, 0)))
        .extracting(FieldProblem::field)
        .contains("members");
    assertThat(
            problems(
                () ->
                    definition(
                        QuorumKind.MAJORITY, 0, new Seat("carla", true), new Seat("carla", false))))
        .extracting(FieldProblem::message)
        .containsExactly("names each person once");
  }

  @Test
  void nOfMAsksForNoMoreMembersThanTheCommitteeHas() {
    Seat chair = new Seat("carla", true);
    Seat bob = new Seat("bob", false);
    assertThat(definition(QuorumKind.N_OF_M, 2, chair, bob).quorumN()).isEqualTo(2);
    assertThat(problems(() -> definition(QuorumKind.N_OF_M, 3, chair, bob)))
        .extracting(FieldProblem::field)
        .containsExactly("quorum.n");
    assertThat(problems(() -> definition(QuorumKind.N_OF_M, 0, chair, bob)))
        .extracting(FieldProblem::field)
        .containsExactly("quorum.n");
    assertThat(definition(QuorumKind.UNANIMOUS, 5, chair, bob).quorumN())
        .as("n counts for N_OF_M only")
        .isZero();
    assertThat(problems(() -> definition(null, 0, chair)))
        .extracting(FieldProblem::field)
        .containsExactly("quorum.kind");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    List<FieldProblem> problems =
        problems(
            () ->
                new CommitteeDefinition(
                    " ",
                    QuorumKind.MAJORITY,
                    0,
                    0,
                    List.of(new Seat("carla", true)),
                    Set.of(),
                    Set.of()));
    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactly("name", "voteDays", "datasetIds");
  }

  @Test
  void onlyAdminsSetUpOrRedefineCommittees() {
    assertThatThrownBy(() -> new Committee(twoMembers(), MEMBER, T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
    assertThatThrownBy(() -> new Committee(twoMembers(), Viewer.anonymous(), T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.UNAUTHENTICATED));
    Committee c = new Committee(twoMembers(), ADMIN, T0);
    assertThatThrownBy(() -> c.redefine(twoMembers(), MEMBER, T1))
        .isInstanceOf(ProblemException.class);
    assertThat(c.maySee(MEMBER)).isTrue();
    assertThat(c.maySee(new Viewer("x", "X", Set.of(Role.RESEARCHER), Set.of()))).isFalse();
  }

  @Test
  void everyChangeIsKeptWithWhatChanged() {
    Committee c = new Committee(twoMembers(), ADMIN, T0);
    assertThat(c.name()).isEqualTo("Lung DAC");
    assertThat(c.changes()).singleElement().satisfies(ch -> assertThat(ch.seq()).isEqualTo(1));

    c.redefine(twoMembers(), ADMIN, T1);
    assertThat(c.changes()).as("nothing changed, nothing recorded").hasSize(1);

    c.redefine(
        new CommitteeDefinition(
            "Lung DAC",
            QuorumKind.N_OF_M,
            2,
            7,
            List.of(new Seat("bob", true), new Seat("dana", false)),
            Set.of("d2"),
            Set.of("es-valencia")),
        ADMIN,
        T1);
    CommitteeChange change = c.changes().get(1);
    assertThat(change.kind()).isEqualTo(CommitteeChange.Kind.UPDATED);
    assertThat(change.actor()).isEqualTo("admin");
    assertThat(change.occurredAt()).isEqualTo(T1);
    assertThat(change.items())
        .extracting(i -> i.field(), i -> i.before().orElse(null), i -> i.after().orElse(null))
        .containsExactly(
            tuple("quorum", "MAJORITY", "N_OF_M(2)"),
            tuple("voteDays", "14", "7"),
            tuple("chair", "carla", "bob"),
            tuple("member", "carla", null),
            tuple("member", null, "dana"),
            tuple("dataset", "d1", null),
            tuple("dataset", null, "d2"));
    assertThat(c.isMember("dana")).isTrue();
    assertThat(c.isMember("carla")).isFalse();
  }
}
