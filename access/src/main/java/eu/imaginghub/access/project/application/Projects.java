package eu.imaginghub.access.project.application;

import eu.imaginghub.access.project.domain.Membership;
import eu.imaginghub.access.project.domain.Project;
import eu.imaginghub.access.project.domain.ProjectCode;
import eu.imaginghub.access.project.domain.ProjectEvent;
import eu.imaginghub.access.project.domain.ProjectRepository;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Creates projects and manages their members. People are named by the e-mail address they signed in
 * with: only someone the hub has seen can join a project.
 */
@ApplicationScoped
@Transactional
public class Projects {

  private static final Logger LOG = Logger.getLogger(Projects.class.getName());

  /** What a project is created with; the PI's e-mail is for admins naming someone else. */
  public record NewProject(String code, String title, String description, String piEmail) {}

  @Inject ProjectRepository projects;
  @Inject UserDirectory users;
  @Inject Clock clock;

  public Project create(NewProject request, Viewer viewer) {
    Project.requireMayCreate(viewer);
    if (request == null || !ProjectCode.isValid(request.code())) {
      throw ProblemException.invalid(
          "code",
          "is 3-32 letters, digits or dashes, starting with a letter and not ending with a dash");
    }
    ProjectCode code = ProjectCode.parse(request.code());
    if (projects.find(code).isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "Project " + code + " exists already");
    }
    String pi = null;
    if (request.piEmail() != null && !request.piEmail().isBlank()) {
      pi = knownByEmail(request.piEmail()).subject();
    }
    users.ensureKnown(viewer.subject(), viewer.displayName());
    Project project =
        new Project(code, request.title(), request.description(), pi, viewer, clock.instant());
    projects.add(project);
    LOG.info(() -> "Project " + code + " created by " + viewer.subject());
    return project;
  }

  /** Admins see every project; everyone else those they lead or belong to. */
  public List<Project> visibleTo(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to use projects");
    }
    return viewer.isAdmin() ? projects.all() : projects.of(viewer.subject());
  }

  public Project get(String code, Viewer viewer) {
    Project project = find(code);
    project.requireMaySee(viewer);
    return project;
  }

  public List<ProjectEvent> events(String code, Viewer viewer) {
    return get(code, viewer).events();
  }

  /** Adds the person who signed in with this e-mail address. */
  public Project addMember(String code, String email, Viewer viewer) {
    Project project = find(code);
    project.requireMayChange(viewer);
    if (email == null || email.isBlank()) {
      throw ProblemException.invalid("email", "is required");
    }
    UserProfile member = knownByEmail(email);
    project.addMember(viewer, member.subject(), clock.instant());
    LOG.info(() -> "Project " + code + ": member added by " + viewer.subject());
    return project;
  }

  /**
   * Removes a member.
   *
   * @param member the member's e-mail address, or their subject
   */
  public Project removeMember(String code, String member, Viewer viewer) {
    Project project = find(code);
    project.requireMayChange(viewer);
    String subject =
        users.byEmail(member).map(UserProfile::subject).orElse(member == null ? "" : member);
    project.removeMember(viewer, subject, clock.instant());
    LOG.info(() -> "Project " + code + ": member removed by " + viewer.subject());
    return project;
  }

  public Project close(String code, Viewer viewer) {
    Project project = find(code);
    project.close(viewer, clock.instant());
    LOG.info(() -> "Project " + code + " closed by " + viewer.subject());
    return project;
  }

  /** The projects this person leads or belongs to, as what. */
  public List<ProjectMembership> membershipsOf(String subject) {
    if (subject == null) {
      return List.of();
    }
    return projects.of(subject).stream()
        .map(
            p ->
                new ProjectMembership(
                    p.code().value(), p.title(), p.role(subject).orElseThrow().name(), p.closed()))
        .toList();
  }

  /** The project's principal investigator and members; nobody for a project that does not exist. */
  public List<String> peopleOf(String code) {
    return memberSubjects(code);
  }

  /**
   * Who holds what the project is granted: its PI first, then its members; empty for an unknown
   * project.
   */
  public List<String> memberSubjects(String code) {
    if (code == null || !ProjectCode.isValid(code)) {
      return List.of();
    }
    return projects
        .find(ProjectCode.parse(code))
        .map(
            p ->
                Stream.concat(
                        Stream.of(p.piSubject()),
                        p.members().stream().map(Membership::memberSubject).sorted())
                    .distinct()
                    .toList())
        .orElse(List.of());
  }

  private Project find(String code) {
    if (!ProjectCode.isValid(code)) {
      throw ProblemException.notFound("project", code);
    }
    return projects
        .find(ProjectCode.parse(code))
        .orElseThrow(() -> ProblemException.notFound("project", code));
  }

  private UserProfile knownByEmail(String email) {
    return users
        .byEmail(email)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemException.Kind.NOT_FOUND,
                    "Nobody has signed in to the hub with this e-mail address; people join"
                        + " projects after their first sign-in"));
  }
}
