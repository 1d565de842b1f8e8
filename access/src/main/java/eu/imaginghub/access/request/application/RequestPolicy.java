package eu.imaginghub.access.request.application;

import eu.imaginghub.access.committee.application.CommitteeDirectory;
import eu.imaginghub.access.committee.application.CommitteeView;
import eu.imaginghub.access.project.application.ProjectMembership;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.access.request.domain.RequestState;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may see and do what on a request. The requester's side is every member of the requesting
 * project; the committee's side are the members of the committee of a part, who see only their
 * parts and never a draft; admins see everything and act on nothing but exports. A request the
 * caller may not see answers 404, exactly as one that does not exist, so that its existence says
 * nothing.
 */
@ApplicationScoped
public class RequestPolicy {

  /** Subjects of node-token callers start so: machines, which never take part in requests. */
  static final String NODE_TOKEN = "node-token:";

  @Inject Projects projects;
  @Inject CommitteeDirectory committees;

  /** The caller's projects and committees; 401 for anonymous callers, 403 for node tokens. */
  public Caller caller(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to use requests");
    }
    if (viewer.subject().startsWith(NODE_TOKEN)) {
      throw ProblemException.forbidden("Node tokens take no part in access requests");
    }
    return new Caller(
        viewer.subject(),
        viewer.isAdmin(),
        projects.membershipsOf(viewer.subject()).stream()
            .map(ProjectMembership::code)
            .collect(Collectors.toSet()),
        committees.ofMember(viewer.subject()).stream()
            .collect(Collectors.toMap(CommitteeView::id, Function.identity())));
  }

  public boolean maySee(AccessRequest r, Caller c) {
    return c.admin() || c.inProject(r.projectCode()) || !visibleParts(r, c).isEmpty();
  }

  /** 404 unless the caller may see the request. */
  public void requireMaySee(AccessRequest r, Caller c) {
    if (!maySee(r, c)) {
      throw ProblemException.notFound("request", r.id());
    }
  }

  /** The parts the caller sees: all for the requester's side and admins, else their committees'. */
  public List<RequestPart> visibleParts(AccessRequest r, Caller c) {
    if (c.admin() || c.inProject(r.projectCode())) {
      return r.parts();
    }
    if (r.state() == RequestState.DRAFT) {
      return List.of();
    }
    return r.parts().stream().filter(p -> c.sitsOn(p.committeeId())).toList();
  }

  /** 403 unless the caller is on the requester's side. */
  public void requireRequester(AccessRequest r, Caller c) {
    if (!c.inProject(r.projectCode())) {
      throw ProblemException.forbidden("Only members of project " + r.projectCode() + " may");
    }
  }

  /** 403 unless the caller sits on the part's committee and outside the requesting project. */
  public void requireCommitteeOutsideProject(AccessRequest r, RequestPart p, Caller c) {
    if (!c.sitsOn(p.committeeId()) || c.inProject(r.projectCode())) {
      throw ProblemException.forbidden(
          "Only members of committee " + p.committeeName() + " outside the project may");
    }
  }

  /** What the caller may do on the request as a whole. */
  public List<String> actions(AccessRequest r, Replay replay, Caller c) {
    List<String> actions = new ArrayList<>();
    RequestState s = replay.state();
    boolean requester = c.inProject(r.projectCode());
    boolean decided = replay.parts().stream().anyMatch(p -> p.state().decided());
    if (requester && s.editable()) {
      actions.addAll(List.of("edit", "submit", "attach"));
    }
    if (requester && !s.finished() && !decided) {
      actions.add("withdraw");
    }
    boolean onCommittee = r.parts().stream().anyMatch(p -> c.sitsOn(p.committeeId()));
    if (s != RequestState.WITHDRAWN && (requester || (onCommittee && s != RequestState.DRAFT))) {
      actions.add("comment");
    }
    if (c.admin() || c.dacMember()) {
      actions.add("export");
    }
    return actions;
  }

  /** What the caller may do on one part. */
  public List<String> partActions(AccessRequest r, RequestPart p, Replay replay, Caller c) {
    Replay.PartStatus status = replay.part(p.id());
    List<String> actions = new ArrayList<>();
    if (!status.state().open()) {
      return actions;
    }
    if (p.voters().contains(c.subject()) && status.voteOf(c.subject()).isEmpty()) {
      actions.add("vote");
    }
    if (c.subject().equals(p.chairSubject())) {
      actions.add("decide");
    }
    if (c.sitsOn(p.committeeId()) && !c.inProject(r.projectCode())) {
      actions.add("request-changes");
      actions.add("comment");
    }
    return actions;
  }
}
