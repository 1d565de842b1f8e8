package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.Outcome;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestContent;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.access.request.domain.RequestedDataset;
import eu.imaginghub.access.request.domain.VoteChoice;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The use cases of access requests. Every change loads the request under a lock on its row, checks
 * who acts, lets the aggregate check the transition against its timeline, and fires the events and
 * records the traces of the change in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AccessRequests {

  private static final Logger LOG = Logger.getLogger(AccessRequests.class.getName());

  @Inject AccessRequestRepository requests;
  @Inject RequestPolicy policy;
  @Inject RequestDatasets datasets;
  @Inject RequestRouting routing;
  @Inject RequestAnnouncements announce;
  @Inject Clock clock;
  @Inject UserDirectory users;

  /** A draft for a project the caller belongs to. */
  public AccessRequest create(RequestInput in, Viewer viewer) {
    Caller c = policy.caller(viewer);
    if (in == null) {
      throw ProblemException.invalid("body", "is required");
    }
    String project =
        in.projectCode() == null ? "" : in.projectCode().strip().toUpperCase(Locale.ROOT);
    if (!c.inProject(project)) {
      throw ProblemException.invalid("projectCode", "names no project you belong to");
    }
    RequestContent content = content(in);
    List<RequestedDataset> asked = datasets.resolve(in.datasetIds(), in.acceptedTerms(), viewer);
    users.ensureKnown(viewer.subject(), viewer.displayName());
    AccessRequest r = new AccessRequest(project, viewer.subject(), content, asked, clock.instant());
    requests.add(r);
    LOG.info(() -> "Access request " + r.id() + " drafted for project " + project);
    return r;
  }

  public AccessRequest update(String id, RequestInput in, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    policy.requireRequester(r, c);
    if (in == null) {
      throw ProblemException.invalid("body", "is required");
    }
    if (in.projectCode() != null && !in.projectCode().equalsIgnoreCase(r.projectCode())) {
      throw ProblemException.invalid("projectCode", "cannot change");
    }
    RequestContent content = content(in);
    List<String> kept = r.parts().isEmpty() ? List.of() : r.datasetIds();
    List<RequestedDataset> asked =
        datasets.resolve(in.datasetIds(), in.acceptedTerms(), viewer, kept);
    r.edit(viewer.subject(), content, asked, clock.instant());
    return r;
  }

  public AccessRequest submit(String id, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    policy.requireRequester(r, c);
    requireNoneInvalidated(r);
    boolean resubmission =
        r.submit(
            viewer.subject(), r.parts().isEmpty() ? routing.parts(r) : List.of(), clock.instant());
    announce.submitted(r, resubmission, r.replay());
    LOG.info(() -> "Access request " + id + (resubmission ? " resubmitted" : " submitted"));
    return r;
  }

  public AccessRequest withdraw(String id, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    policy.requireRequester(r, c);
    r.withdraw(viewer.subject(), clock.instant());
    LOG.info(() -> "Access request " + id + " withdrawn");
    return r;
  }

  /** A comment from the requester's side, or from a committee member on their part. */
  public AccessRequest comment(String id, String partId, String text, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    if (!c.inProject(r.projectCode())) {
      if (partId == null) {
        throw ProblemException.invalid("partId", "names the part of your committee");
      }
      policy.requireCommitteeOutsideProject(r, visiblePart(r, partId, c), c);
    }
    r.comment(viewer.subject(), partId, text, clock.instant());
    return r;
  }

  public AccessRequest vote(String id, String partId, String vote, String comment, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    RequestPart part = visiblePart(r, partId, c);
    if (!part.voters().contains(c.subject())) {
      throw ProblemException.forbidden(
          "Only members of committee " + part.committeeName() + " outside the project vote");
    }
    VoteChoice choice = parse(VoteChoice.class, "vote", vote);
    Optional<Replay.Decision> decision =
        r.vote(viewer.subject(), partId, choice, comment, clock.instant());
    decision.ifPresent(d -> announce.decided(r, part, d, viewer.subject()));
    return r;
  }

  /** The chair's decision on a part. */
  public AccessRequest decide(
      String id, String partId, String outcome, String comment, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    RequestPart part = visiblePart(r, partId, c);
    if (!c.subject().equals(part.chairSubject())) {
      throw ProblemException.forbidden(
          "Only the chair of committee " + part.committeeName() + " decides on its own");
    }
    Outcome o = parse(Outcome.class, "outcome", outcome);
    Replay.Decision d = r.decide(viewer.subject(), partId, o, comment, clock.instant());
    announce.decided(r, part, d, viewer.subject());
    return r;
  }

  public AccessRequest requestChanges(String id, String partId, String comment, Viewer viewer) {
    Caller c = policy.caller(viewer);
    AccessRequest r = locked(id, c);
    RequestPart part = visiblePart(r, partId, c);
    policy.requireCommitteeOutsideProject(r, part, c);
    r.requestChanges(viewer.subject(), partId, comment, clock.instant());
    announce.changesRequested(r, part);
    return r;
  }

  /**
   * A draft naming an invalidated dataset is not sent to any committee: 409 naming it. A
   * resubmission keeps its datasets; a part left with only invalidated ones was closed already.
   */
  private void requireNoneInvalidated(AccessRequest r) {
    List<String> invalidated =
        r.parts().isEmpty() ? datasets.invalidated(r.datasetIds()) : List.of();
    if (!invalidated.isEmpty()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Invalidated by their node, these datasets can no longer be asked for; remove them"
              + " before submitting: "
              + String.join(", ", invalidated));
    }
  }

  /** A request the caller may see, or 404. */
  public AccessRequest get(String id, Caller c) {
    AccessRequest r = requests.find(id).orElseThrow(() -> ProblemException.notFound("request", id));
    policy.requireMaySee(r, c);
    return r;
  }

  private AccessRequest locked(String id, Caller c) {
    AccessRequest r = requests.lock(id).orElseThrow(() -> ProblemException.notFound("request", id));
    policy.requireMaySee(r, c);
    return r;
  }

  private RequestPart visiblePart(AccessRequest r, String partId, Caller c) {
    return policy.visibleParts(r, c).stream()
        .filter(p -> p.id().equals(partId))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("part", partId));
  }

  private RequestContent content(RequestInput in) {
    return RequestContent.of(
        in.title(),
        in.layPurpose(),
        in.scientificPurpose(),
        in.intendedUse(),
        in.ethicsReference(),
        in.accessEnd(),
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          field, "is one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
