package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A committee member's queue of parts awaiting a decision, and the CSV export of requests. */
@ApplicationScoped
@Transactional
public class RequestReports {

  /** A part waiting for its committee; {@code myVote} is null while the caller has not voted. */
  public record QueueItem(
      AccessRequest request,
      RequestPart part,
      Instant submittedAt,
      long ageDays,
      List<UserProfile> missingVoters,
      String myVote) {}

  static final List<String> CSV_HEADER =
      List.of(
          "requestId",
          "title",
          "projectCode",
          "requester",
          "requestState",
          "submittedAt",
          "partId",
          "committee",
          "partState",
          "datasetIds",
          "outcome",
          "decidedBy",
          "decidedAt");

  @Inject AccessRequestRepository requests;
  @Inject RequestPolicy policy;
  @Inject RequestViews views;
  @Inject UserDirectory users;
  @Inject Clock clock;

  /** The open parts before the caller's committees, oldest first. */
  public List<QueueItem> queue(Viewer viewer) {
    Caller c = policy.caller(viewer);
    List<QueueItem> items = new ArrayList<>();
    Instant now = clock.instant();
    for (AccessRequest r : requests.beforeCommittees(c.committees().keySet())) {
      Replay replay = r.replay();
      for (RequestPart p : r.parts()) {
        Replay.PartStatus s = replay.part(p.id());
        if (c.sitsOn(p.committeeId()) && s.state().open()) {
          items.add(item(r, p, s, c, now));
        }
      }
    }
    items.sort(Comparator.comparing(QueueItem::submittedAt));
    return items;
  }

  private QueueItem item(
      AccessRequest r, RequestPart p, Replay.PartStatus s, Caller c, Instant now) {
    List<String> missing = p.voters().stream().filter(v -> s.voteOf(v).isEmpty()).toList();
    Map<String, UserProfile> people = users.bySubjects(missing);
    return new QueueItem(
        r,
        p,
        s.roundStartedAt(),
        Duration.between(s.roundStartedAt(), now).toDays(),
        missing.stream()
            .map(m -> people.getOrDefault(m, new UserProfile(m, null, null, null, null, null)))
            .toList(),
        s.voteOf(c.subject()).map(v -> v.choice().name()).orElse(null));
  }

  /**
   * The requests as CSV, one row per part (a draft has one row without part): DAC members get their
   * committees' parts, admins everything, others 403. Cells a spreadsheet would take for a formula
   * are prefixed with a quote.
   */
  public String csv(Viewer viewer) {
    Caller c = policy.caller(viewer);
    if (!c.admin() && !c.dacMember()) {
      throw ProblemException.forbidden("Only committee members and admins export requests");
    }
    StringBuilder out = new StringBuilder(row(CSV_HEADER));
    Set<String> subjects = new HashSet<>();
    List<AccessRequest> visible = views.visible(c);
    visible.forEach(r -> subjects.add(r.requesterSubject()));
    Map<String, UserProfile> people = users.bySubjects(subjects);
    for (AccessRequest r : visible) {
      Replay replay = r.replay();
      List<RequestPart> parts = policy.visibleParts(r, c);
      if (parts.isEmpty() && c.admin()) {
        out.append(row(cells(r, replay, null, people)));
      }
      parts.forEach(p -> out.append(row(cells(r, replay, p, people))));
    }
    return out.toString();
  }

  private static List<String> cells(
      AccessRequest r, Replay replay, RequestPart p, Map<String, UserProfile> people) {
    UserProfile requester = people.get(r.requesterSubject());
    List<String> cells = new ArrayList<>();
    cells.add(r.id());
    cells.add(r.title());
    cells.add(r.projectCode());
    cells.add(
        requester == null || requester.name() == null ? r.requesterSubject() : requester.name());
    cells.add(replay.state().name());
    cells.add(replay.submittedAt().map(Instant::toString).orElse(""));
    if (p == null) {
      cells.addAll(List.of("", "", "", String.join(" ", r.datasetIds()), "", "", ""));
      return cells;
    }
    Replay.PartStatus s = replay.part(p.id());
    cells.add(p.id());
    cells.add(p.committeeName());
    cells.add(s.state().name());
    cells.add(String.join(" ", p.datasetIds()));
    cells.add(s.decision().map(d -> d.outcome().name()).orElse(""));
    cells.add(s.decision().map(Replay.Decision::by).orElse(""));
    cells.add(s.decision().map(d -> d.at().toString()).orElse(""));
    return cells;
  }

  static String row(List<String> cells) {
    return String.join(",", cells.stream().map(RequestReports::cell).toList()) + "\r\n";
  }

  /** A quoted cell; one a spreadsheet would run as a formula gets a leading quote. */
  static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
