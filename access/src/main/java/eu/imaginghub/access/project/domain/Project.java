package eu.imaginghub.access.project.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.WritableText;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A project: the tenant to which access to datasets is granted. Its principal investigator (PI) and
 * admins manage its members and may close it; a closed project changes no more. Every change is
 * appended to its history with who made it and when.
 */
@Entity
@Table(name = "project")
public class Project {

  static final int MAX_TITLE = 300;
  static final int MAX_DESCRIPTION = 4000;

  @Id
  @Column(name = "code", length = ProjectCode.MAX_LENGTH)
  private String code;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "description", length = MAX_DESCRIPTION)
  private String description;

  @Column(name = "pi_subject", nullable = false, length = 255)
  private String piSubject;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_by", length = 255)
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** Two managers changing the members at once: the second gets a conflict, not a lost change. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_code"))
  private Set<Membership> members = new HashSet<>();

  @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
  @OrderBy("seq")
  private List<ProjectEvent> events = new ArrayList<>();

  protected Project() {}

  /**
   * Opens a project. Researchers and admins may; the creator is the PI unless an admin names
   * another.
   *
   * @param piSubject the PI, or null for the creator
   * @throws ProblemException 401, 403, or 400 naming every bad field
   */
  public Project(
      ProjectCode code,
      String title,
      String description,
      String piSubject,
      Viewer creator,
      Instant now) {
    requireMayCreate(creator);
    String pi = piSubject == null ? creator.subject() : piSubject;
    if (!pi.equals(creator.subject()) && !creator.isAdmin()) {
      throw ProblemException.forbidden("Only admins may name another principal investigator");
    }
    List<FieldProblem> problems = new ArrayList<>();
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      problems.add(new FieldProblem("title", "is required"));
    } else {
      WritableText.check("title", t, MAX_TITLE, problems);
    }
    String d = description == null || description.isBlank() ? null : description.strip();
    WritableText.check("description", d, MAX_DESCRIPTION, problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    this.code = Objects.requireNonNull(code, "code").value();
    this.title = t;
    this.description = d;
    this.piSubject = pi;
    this.createdBy = creator.subject();
    this.createdAt = Objects.requireNonNull(now, "now");
    record(ProjectEvent.Type.CREATED, creator, null, now);
  }

  /** Refuses anonymous callers (401) and those who are neither researchers nor admins (403). */
  public static void requireMayCreate(Viewer viewer) {
    requireSignedIn(viewer);
    if (!viewer.isAdmin() && !viewer.has(Role.RESEARCHER)) {
      throw ProblemException.forbidden("Only researchers and admins may create projects");
    }
  }

  /** The project's members, its PI and admins may see it. */
  public boolean maySee(Viewer viewer) {
    return viewer.isAdmin() || role(viewer.subject()).isPresent();
  }

  /** Its PI and admins may manage it. */
  public boolean mayManage(Viewer viewer) {
    return viewer.isAdmin() || piSubject.equals(viewer.subject());
  }

  public void requireMaySee(Viewer viewer) {
    requireSignedIn(viewer);
    if (!maySee(viewer)) {
      throw ProblemException.forbidden("Only the project's members and admins may see it");
    }
  }

  /** Adds a person who has signed in; not the PI, nor someone already a member (409). */
  public void addMember(Viewer actor, String memberSubject, Instant now) {
    requireMayChange(actor);
    if (role(memberSubject).isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "This person belongs to project " + code + " already");
    }
    members.add(new Membership(memberSubject, actor.subject(), now));
    record(ProjectEvent.Type.MEMBER_ADDED, actor, memberSubject, now);
  }

  /** Removes a member (404 if none such); the PI stays (409). */
  public void removeMember(Viewer actor, String memberSubject, Instant now) {
    requireMayChange(actor);
    if (piSubject.equals(memberSubject)) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "The principal investigator cannot be removed");
    }
    if (!members.removeIf(m -> m.memberSubject().equals(memberSubject))) {
      throw new ProblemException(
          ProblemException.Kind.NOT_FOUND, "This person is no member of project " + code);
    }
    record(ProjectEvent.Type.MEMBER_REMOVED, actor, memberSubject, now);
  }

  /** Closes the project for good: it keeps its members and history but changes no more. */
  public void close(Viewer actor, Instant now) {
    requireMayChange(actor);
    closedBy = actor.subject();
    closedAt = now;
    record(ProjectEvent.Type.CLOSED, actor, null, now);
  }

  /** What this person is in the project, if anything. */
  public Optional<ProjectRole> role(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    if (piSubject.equals(subject)) {
      return Optional.of(ProjectRole.PI);
    }
    return members.stream().anyMatch(m -> m.memberSubject().equals(subject))
        ? Optional.of(ProjectRole.MEMBER)
        : Optional.empty();
  }

  /**
   * Refuses anonymous callers (401), those who may not manage it (403), and closed projects (409).
   */
  public void requireMayChange(Viewer actor) {
    requireSignedIn(actor);
    if (!mayManage(actor)) {
      throw ProblemException.forbidden(
          "Only the principal investigator and admins may change project " + code);
    }
    if (closed()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "Project " + code + " is closed and changes no more");
    }
  }

  private static void requireSignedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to use projects");
    }
  }

  private void record(ProjectEvent.Type type, Viewer actor, String member, Instant now) {
    events.add(new ProjectEvent(this, events.size() + 1, type, actor.subject(), member, now));
  }

  public ProjectCode code() {
    return new ProjectCode(code);
  }

  public String title() {
    return title;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public String piSubject() {
    return piSubject;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean closed() {
    return closedAt != null;
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  /** Members other than the PI, longest-standing first. */
  public List<Membership> members() {
    return members.stream()
        .sorted(Comparator.comparing(Membership::addedAt).thenComparing(Membership::memberSubject))
        .toList();
  }

  /** The history, oldest first. */
  public List<ProjectEvent> events() {
    return List.copyOf(events);
  }
}
