package eu.imaginghub.access.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final ProjectCode CODE = new ProjectCode("LUNG-AI");

  private static final Viewer PI = person("pi", Role.RESEARCHER);
  private static final Viewer OTHER_RESEARCHER = person("other", Role.RESEARCHER);
  private static final Viewer ADMIN = person("admin", Role.ADMIN);
  private static final Viewer OPERATOR = person("op", Role.NODE_OPERATOR);
  private static final Viewer COMMITTEE = person("dac", Role.DAC_MEMBER);

  private static Viewer person(String subject, Role role) {
    return new Viewer(subject, subject, Set.of(role), Set.of());
  }

  private static Project project() {
    return new Project(CODE, " Lung screening ", null, null, PI, T0);
  }

  @Test
  void theCreatorIsThePrincipalInvestigatorAndTheCreationIsRecorded() {
    Project p = project();

    assertThat(p.piSubject()).isEqualTo("pi");
    assertThat(p.title()).isEqualTo("Lung screening");
    assertThat(p.role("pi")).contains(ProjectRole.PI);
    assertThat(p.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(ProjectEvent.Type.CREATED);
              assertThat(e.actor()).isEqualTo("pi");
              assertThat(e.occurredAt()).isEqualTo(T0);
              assertThat(e.seq()).isEqualTo(1);
            });
  }

  @Test
  void onlyResearchersAndAdminsCreateProjects() {
    assertThatThrownBy(() -> new Project(CODE, "t", null, null, COMMITTEE, T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
    assertThatThrownBy(() -> new Project(CODE, "t", null, null, OPERATOR, T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
    assertThatThrownBy(() -> new Project(CODE, "t", null, null, Viewer.anonymous(), T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.UNAUTHENTICATED));
  }

  @Test
  void onlyAdminsNameAnotherPrincipalInvestigator() {
    assertThat(new Project(CODE, "t", null, "pi", ADMIN, T0).piSubject()).isEqualTo("pi");
    assertThatThrownBy(() -> new Project(CODE, "t", null, "someone", PI, T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
  }

  @Test
  void aTitleIsRequiredAndTextsAreBounded() {
    assertThatThrownBy(() -> new Project(CODE, " ", "x".repeat(4001), null, PI, T0))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.fields())
                    .extracting(FieldProblem::field)
                    .containsExactly("title", "description"));
  }

  @Test
  void thePrincipalInvestigatorAndAdminsAddMembersWithHistory() {
    Project p = project();

    p.addMember(PI, "alice", T1);
    p.addMember(ADMIN, "bob", T1.plusSeconds(1));

    assertThat(p.members()).extracting(Membership::memberSubject).containsExactly("alice", "bob");
    assertThat(p.role("alice")).contains(ProjectRole.MEMBER);
    assertThat(p.events())
        .extracting(ProjectEvent::type, ProjectEvent::actor, e -> e.memberSubject().orElse(null))
        .containsExactly(
            tuple(ProjectEvent.Type.CREATED, "pi", null),
            tuple(ProjectEvent.Type.MEMBER_ADDED, "pi", "alice"),
            tuple(ProjectEvent.Type.MEMBER_ADDED, "admin", "bob"));
  }

  @Test
  void membersAndOthersMayNotAddMembers() {
    Project p = project();
    p.addMember(PI, "other", T1);

    for (Viewer who : new Viewer[] {OTHER_RESEARCHER, COMMITTEE, OPERATOR}) {
      assertThatThrownBy(() -> p.addMember(who, "carol", T1))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
    }
    assertThatThrownBy(() -> p.addMember(Viewer.anonymous(), "carol", T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.UNAUTHENTICATED));
    assertThat(p.members()).extracting(Membership::memberSubject).containsExactly("other");
    assertThat(p.events()).hasSize(2);
  }

  @Test
  void membersAndThePrincipalInvestigatorSeeTheProjectOthersDoNot() {
    Project p = project();
    p.addMember(PI, "other", T1);

    assertThat(p.maySee(PI)).isTrue();
    assertThat(p.maySee(OTHER_RESEARCHER)).isTrue();
    assertThat(p.maySee(ADMIN)).isTrue();
    assertThat(p.maySee(COMMITTEE)).isFalse();
    assertThat(p.mayManage(OTHER_RESEARCHER)).isFalse();
  }

  @Test
  void addingSomeoneTwiceOrThePrincipalInvestigatorIsAConflict() {
    Project p = project();
    p.addMember(PI, "alice", T1);

    assertThatThrownBy(() -> p.addMember(PI, "alice", T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
    assertThatThrownBy(() -> p.addMember(PI, "pi", T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
  }

  @Test
  void removingAMemberIsRecordedAndTheirRoleEnds() {
    Project p = project();
    p.addMember(PI, "alice", T1);

    p.removeMember(ADMIN, "alice", T1.plusSeconds(5));

    assertThat(p.members()).isEmpty();
    assertThat(p.role("alice")).isEmpty();
    ProjectEvent last = p.events().get(2);
    assertThat(last.type()).isEqualTo(ProjectEvent.Type.MEMBER_REMOVED);
    assertThat(last.actor()).isEqualTo("admin");
    assertThat(last.occurredAt()).isEqualTo(T1.plusSeconds(5));
    assertThatThrownBy(() -> p.removeMember(PI, "alice", T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.NOT_FOUND));
    assertThatThrownBy(() -> p.removeMember(PI, "pi", T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
  }

  @Test
  void aClosedProjectRefusesEveryChange() {
    Project p = project();
    p.addMember(PI, "alice", T1);
    p.close(PI, T1.plusSeconds(10));

    assertThat(p.closed()).isTrue();
    assertThat(p.closedAt()).contains(T1.plusSeconds(10));
    for (Runnable change :
        new Runnable[] {
          () -> p.addMember(ADMIN, "bob", T1),
          () -> p.removeMember(ADMIN, "alice", T1),
          () -> p.close(ADMIN, T1)
        }) {
      assertThatThrownBy(change::run)
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.CONFLICT));
    }
    assertThat(p.members()).extracting(Membership::memberSubject).containsExactly("alice");
    assertThat(p.events())
        .extracting(ProjectEvent::type)
        .containsExactly(
            ProjectEvent.Type.CREATED, ProjectEvent.Type.MEMBER_ADDED, ProjectEvent.Type.CLOSED);
  }

  @Test
  void onlyThePrincipalInvestigatorAndAdminsClose() {
    Project p = project();
    p.addMember(PI, "other", T1);

    assertThatThrownBy(() -> p.close(OTHER_RESEARCHER, T1))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.kind()).isEqualTo(ProblemException.Kind.FORBIDDEN));
    assertThat(p.closed()).isFalse();
  }
}
