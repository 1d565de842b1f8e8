package eu.imaginghub.access.request.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.WritableText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's request for access to datasets: the aggregate of its content, its parts (one per
 * governing committee, made at submission) and its timeline. The timeline is the source of truth:
 * every command replays it, checks the transition against the replayed state (409 when illegal),
 * and appends the events that record the change; the state columns are only a projection of the
 * replay kept for queries.
 */
@Entity
@Table(name = "access_request")
public class AccessRequest {

  static final int MAX_COMMENT = 4000;
  static final int MAX_DATASETS = 50;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "project_code", nullable = false, length = 32)
  private String projectCode;

  @Column(name = "requester_subject", nullable = false, length = 255)
  private String requesterSubject;

  @Column(name = "title", nullable = false, length = RequestContent.MAX_TITLE)
  private String title;

  @Column(name = "lay_purpose", nullable = false, length = RequestContent.MAX_PURPOSE)
  private String layPurpose;

  @Column(name = "scientific_purpose", nullable = false, length = RequestContent.MAX_PURPOSE)
  private String scientificPurpose;

  @Column(name = "ethics_reference", length = RequestContent.MAX_REFERENCE)
  private String ethicsReference;

  @Column(name = "access_end", nullable = false)
  private LocalDate accessEnd;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 30)
  private RequestState state;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(name = "access_request_use", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  @Column(name = "duo_code", length = 11)
  private List<String> intendedUse = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "access_request_dataset", joinColumns = @JoinColumn(name = "request_id"))
  @OrderColumn(name = "position")
  private List<RequestedDataset> datasets = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<RequestPart> parts = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("seq")
  private List<RequestEvent> events = new ArrayList<>();

  protected AccessRequest() {}

  /** A draft, recorded as the timeline's first event. */
  public AccessRequest(
      String projectCode,
      String requesterSubject,
      RequestContent content,
      List<RequestedDataset> datasets,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.projectCode = Objects.requireNonNull(projectCode, "projectCode");
    this.requesterSubject = Objects.requireNonNull(requesterSubject, "requesterSubject");
    this.createdAt = Objects.requireNonNull(now, "now");
    write(content, datasets);
    append(EventKind.CREATED, requesterSubject, null, null, now);
  }

  /** The timeline replayed: the state of the request and its parts, votes and decisions. */
  public Replay replay() {
    return Replay.of(events, parts.stream().map(RequestPart::id).toList());
  }

  public RequestState state() {
    return replay().state();
  }

  /** Changes the content of a draft, or of a request whose committee asked for changes. */
  public void edit(
      String actor, RequestContent content, List<RequestedDataset> datasets, Instant now) {
    requireState(replay().state().editable(), "edited");
    if (!parts.isEmpty() && !sameDatasets(datasets)) {
      throw ProblemException.invalid(
          "datasetIds", "cannot change once submitted; withdraw and make a new request");
    }
    write(content, datasets);
    append(EventKind.EDITED, actor, null, null, now);
  }

  /**
   * Sends a draft to its committees (one part each), or a request whose committees asked for
   * changes back to them (the parts that asked start a new round of votes).
   *
   * @param newParts the parts of a first submission; ignored on a resubmission
   * @return whether it was a resubmission
   */
  public boolean submit(String actor, List<NewPart> newParts, Instant now) {
    RequestState s = replay().state();
    requireState(s.editable(), "submitted");
    List<String> unaccepted =
        datasets.stream().filter(d -> !d.termsAccepted()).map(RequestedDataset::datasetId).toList();
    if (!unaccepted.isEmpty()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Accept the terms of every dataset before submitting; not accepted: " + unaccepted);
    }
    if (s == RequestState.DRAFT) {
      if (newParts.isEmpty()) {
        throw new ProblemException(
            ProblemException.Kind.CONFLICT, "No committee governs the datasets of this request");
      }
      newParts.forEach(p -> parts.add(new RequestPart(this, parts.size() + 1, p)));
      append(EventKind.SUBMITTED, actor, null, null, now);
      return false;
    }
    append(EventKind.RESUBMITTED, actor, null, null, now);
    return true;
  }

  /**
   * Records a vote and, when it fixes the outcome under the part's rule, the decision it makes.
   *
   * @return the decision the vote completed, if any
   */
  public Optional<Replay.Decision> vote(
      String voter, String partId, VoteChoice choice, String comment, Instant now) {
    RequestPart part = part(partId);
    if (!part.voters().contains(voter)) {
      throw ProblemException.forbidden(
          "Only the committee's members outside the requesting project vote on this part");
    }
    Replay.PartStatus status = requireOpen(partId, "voted on");
    if (status.voteOf(voter).isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "You have voted on this part already");
    }
    append(choice.eventKind(), voter, partId, comment(comment), now);
    List<Replay.Vote> votes = replay().part(partId).votes();
    int approvals = (int) votes.stream().filter(v -> v.choice() == VoteChoice.APPROVE).count();
    int eligible = part.voters().size();
    Optional<Outcome> outcome = part.rule().outcome(eligible, approvals, votes.size());
    if (outcome.isEmpty()) {
      return Optional.empty();
    }
    String reason =
        approvals
            + " of "
            + eligible
            + " eligible voters approved ("
            + votes.size()
            + " voted); the rule asks for "
            + part.rule().describe(eligible);
    append(outcome.get().eventKind(), RequestEvent.QUORUM, partId, reason, now);
    return replay().part(partId).decision();
  }

  /** The chair decides an open part, whatever the votes so far. */
  public Replay.Decision decide(
      String actor, String partId, Outcome outcome, String comment, Instant now) {
    RequestPart part = part(partId);
    if (part.chairSubject() == null || !part.chairSubject().equals(actor)) {
      throw ProblemException.forbidden(
          "Only the committee's chair, outside the requesting project, decides on this part");
    }
    requireOpen(partId, "decided");
    append(outcome.eventKind(), actor, partId, comment(comment), now);
    return replay().part(partId).decision().orElseThrow();
  }

  /** A committee member asks the requester to change the request before the part is decided. */
  public void requestChanges(String actor, String partId, String comment, Instant now) {
    part(partId);
    requireOpen(partId, "sent back for changes");
    String c = comment(comment);
    if (c == null) {
      throw ProblemException.invalid("comment", "says what to change");
    }
    append(EventKind.CHANGES_REQUESTED, actor, partId, c, now);
  }

  /** The requester withdraws the request before any part is decided. */
  public void withdraw(String actor, Instant now) {
    Replay r = replay();
    boolean decided = r.parts().stream().anyMatch(p -> p.state().decided());
    requireState(!r.state().finished() && !decided, "withdrawn");
    append(EventKind.WITHDRAWN, actor, null, null, now);
  }

  /** A comment in the thread between requester and committee, on one part or the whole. */
  public RequestEvent comment(String actor, String partId, String text, Instant now) {
    if (partId != null) {
      part(partId);
    }
    String c = comment(text);
    if (c == null) {
      throw ProblemException.invalid("text", "is required");
    }
    requireState(replay().state() != RequestState.WITHDRAWN, "commented on");
    return append(EventKind.COMMENTED, actor, partId, c, now);
  }

  /** Records that a file was attached, while the requester may still change the request. */
  public void attached(String actor, String name, Instant now) {
    requireState(replay().state().editable(), "given attachments");
    append(EventKind.ATTACHED, actor, null, name, now);
  }

  /** Whether the requester may still add attachments. */
  public boolean editable() {
    return replay().state().editable();
  }

  public RequestPart part(String partId) {
    return parts.stream()
        .filter(p -> p.id().equals(partId))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("part", partId));
  }

  private Replay.PartStatus requireOpen(String partId, String what) {
    Replay.PartStatus status = replay().part(partId);
    if (!status.state().open()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "This part is " + status.state() + " and cannot be " + what + " now");
    }
    return status;
  }

  private void requireState(boolean allowed, String what) {
    if (!allowed) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "The request is " + replay().state() + " and cannot be " + what + " now");
    }
  }

  private static String comment(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<FieldProblem> problems = new ArrayList<>();
    WritableText.check("comment", text.strip(), MAX_COMMENT, problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return text.strip();
  }

  private void write(RequestContent c, List<RequestedDataset> requested) {
    if (requested.isEmpty() || requested.size() > MAX_DATASETS) {
      throw ProblemException.invalid("datasetIds", "names 1 to " + MAX_DATASETS + " datasets");
    }
    this.title = c.title();
    this.layPurpose = c.layPurpose();
    this.scientificPurpose = c.scientificPurpose();
    this.ethicsReference = c.ethicsReference();
    this.accessEnd = c.accessEnd();
    this.intendedUse = new ArrayList<>(c.intendedUse());
    this.datasets = new ArrayList<>(requested);
  }

  private boolean sameDatasets(List<RequestedDataset> requested) {
    return new HashSet<>(requested.stream().map(RequestedDataset::datasetId).toList())
        .equals(new HashSet<>(datasetIds()));
  }

  RequestEvent append(EventKind kind, String actor, String partId, String comment, Instant now) {
    RequestEvent e = new RequestEvent(this, events.size() + 1, kind, actor, partId, comment, now);
    events.add(e);
    Replay r = replay();
    state = r.state();
    submittedAt = r.submittedAt().orElse(null);
    parts.forEach(p -> p.project(r.part(p.id()).state()));
    return e;
  }

  public String id() {
    return id;
  }

  public String projectCode() {
    return projectCode;
  }

  public String requesterSubject() {
    return requesterSubject;
  }

  public String title() {
    return title;
  }

  public String layPurpose() {
    return layPurpose;
  }

  public String scientificPurpose() {
    return scientificPurpose;
  }

  public Optional<String> ethicsReference() {
    return Optional.ofNullable(ethicsReference);
  }

  public LocalDate accessEnd() {
    return accessEnd;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<String> intendedUse() {
    return List.copyOf(intendedUse);
  }

  public List<RequestedDataset> datasets() {
    return List.copyOf(datasets);
  }

  public List<String> datasetIds() {
    return datasets.stream().map(RequestedDataset::datasetId).toList();
  }

  public List<RequestPart> parts() {
    return List.copyOf(parts);
  }

  /** The timeline, oldest first. */
  public List<RequestEvent> timeline() {
    return List.copyOf(events);
  }
}
