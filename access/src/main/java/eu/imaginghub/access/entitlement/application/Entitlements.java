package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.committee.application.CommitteeDirectory;
import eu.imaginghub.access.committee.application.CommitteeView;
import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import eu.imaginghub.access.event.EntitlementRevoked;
import eu.imaginghub.access.project.application.ProjectMembership;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Entitlements as people see and revoke them. Researchers see their projects' entitlements,
 * committee members those their committees decided, admins all. The chair of the committee that
 * decided (or of the one governing the dataset now) and admins may revoke one, with a reason.
 */
@ApplicationScoped
@Transactional
public class Entitlements {

  private static final Logger LOG = Logger.getLogger(Entitlements.class.getName());

  @Inject EntitlementRepository entitlements;
  @Inject Projects projects;
  @Inject CommitteeDirectory committees;
  @Inject EntitlementTraces traces;
  @Inject Event<EntitlementRevoked> revoked;
  @Inject Clock clock;

  /** Everything the viewer may see. */
  public List<Entitlement> visibleTo(Viewer viewer) {
    requireSignedIn(viewer);
    if (viewer.isAdmin()) {
      return entitlements.all();
    }
    Set<String> committeeIds =
        committees.ofMember(viewer.subject()).stream()
            .map(CommitteeView::id)
            .collect(Collectors.toSet());
    return entitlements.ofProjectsOrCommittees(projectCodes(viewer), committeeIds);
  }

  /** The entitlements of the viewer's own projects, whatever else they may see. */
  public List<Entitlement> ofOwnProjects(Viewer viewer) {
    requireSignedIn(viewer);
    return entitlements.ofProjectsOrCommittees(projectCodes(viewer), Set.of());
  }

  /** One entitlement; one the viewer may not see is absent to them, as if it did not exist. */
  public Entitlement get(String id, Viewer viewer) {
    requireSignedIn(viewer);
    Entitlement e = find(id);
    if (!maySee(e, viewer)) {
      throw ProblemException.notFound("entitlement", id);
    }
    return e;
  }

  /**
   * Ends an entitlement now, tells its holders and traces it, in one transaction.
   *
   * @param nodeId the node holding the dataset, if known: a committee governing the node governs
   *     the entitlement
   * @throws ProblemException 403 for others than admins and the chair, 400 without a reason, 409
   *     when it has ended already
   */
  public Entitlement revoke(String id, String reason, Optional<String> nodeId, Viewer viewer) {
    Entitlement e = get(id, viewer);
    if (!mayRevoke(e, nodeId, viewer)) {
      throw ProblemException.forbidden(
          "Only the chair of the committee governing the dataset and admins may revoke");
    }
    end(e, viewer.subject(), viewer.subject(), reason);
    LOG.info(() -> "Entitlement " + id + " revoked by " + viewer.subject());
    return e;
  }

  /**
   * Ends an entitlement on the hub's own account, no one's permission checked: when what it grants
   * has lost its object. Its holders are told and it is traced as any revocation.
   *
   * @param actor recorded as who revoked it
   */
  void revokeBySystem(Entitlement e, String actor, String reason) {
    end(e, actor, null, reason);
    LOG.info(() -> "Entitlement " + e.id() + " revoked: " + reason);
  }

  /**
   * @param traceSubject the person acting, traced; null when nobody does
   */
  private void end(Entitlement e, String actor, String traceSubject, String reason) {
    e.revoke(actor, reason, clock.instant());
    traces.revoked(e, traceSubject);
    // an entitlement is revoked at most once: its id names the event, for reactions made once
    revoked.fire(
        new EntitlementRevoked(
            "entitlement-revoked-" + e.id(),
            e.id(),
            e.projectCode(),
            e.datasetId(),
            projects.memberSubjects(e.projectCode()),
            actor,
            e.revokeReason().orElseThrow(),
            e.revokedAt().orElseThrow()));
  }

  /** Whether the viewer could revoke it, were it still active. */
  public boolean mayRevoke(Entitlement e, Optional<String> nodeId, Viewer viewer) {
    if (viewer.isAnonymous()) {
      return false;
    }
    if (viewer.isAdmin()) {
      return true;
    }
    return governingCommittees(e, nodeId).stream().anyMatch(c -> c.isChair(viewer.subject()));
  }

  private List<CommitteeView> governingCommittees(Entitlement e, Optional<String> nodeId) {
    return Stream.of(
            e.committeeId().flatMap(committees::find),
            committees.governing(e.datasetId(), nodeId.orElse(null)))
        .flatMap(Optional::stream)
        .toList();
  }

  private boolean maySee(Entitlement e, Viewer viewer) {
    return viewer.isAdmin()
        || projectCodes(viewer).contains(e.projectCode())
        || e.committeeId()
            .flatMap(committees::find)
            .map(c -> c.isMember(viewer.subject()))
            .orElse(false);
  }

  private Set<String> projectCodes(Viewer viewer) {
    return projects.membershipsOf(viewer.subject()).stream()
        .map(ProjectMembership::code)
        .collect(Collectors.toSet());
  }

  private Entitlement find(String id) {
    return entitlements.find(id).orElseThrow(() -> ProblemException.notFound("entitlement", id));
  }

  private static void requireSignedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see entitlements");
    }
  }
}
