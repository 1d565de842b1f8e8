package eu.imaginghub.access.request.api;

import eu.imaginghub.access.request.application.RequestView;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the API shows it to one caller. */
public record RequestJson(
    String id,
    String state,
    String projectCode,
    String title,
    String layPurpose,
    String scientificPurpose,
    List<String> intendedUse,
    String ethicsReference,
    LocalDate accessEnd,
    PersonJson requester,
    Instant createdAt,
    Instant submittedAt,
    List<DatasetJson> datasets,
    List<PartJson> parts,
    List<AttachmentJson> attachments,
    List<EventJson> timeline,
    List<String> allowedActions) {

  /** A person; the name is null when the hub does not know them. */
  public record PersonJson(String subject, String name) {}

  /** The DUO advice on one dataset. */
  public record DuoJson(String verdict, String reason) {}

  public record DatasetJson(
      String id, String title, String nodeId, boolean termsAccepted, DuoJson duo) {}

  public record CommitteeJson(String id, String name) {}

  public record VoteJson(String voter, String name, String vote, String comment, Instant at) {}

  public record DecisionJson(String outcome, String by, String comment, Instant at) {}

  public record PartJson(
      String id,
      CommitteeJson committee,
      String state,
      List<String> datasetIds,
      List<VoteJson> votes,
      List<PersonJson> missingVoters,
      DecisionJson decision,
      List<String> allowedActions) {}

  public record AttachmentJson(String id, String name, long size, Instant uploadedAt) {}

  public record EventJson(
      String id,
      Instant at,
      String actor,
      String actorName,
      String kind,
      String partId,
      String comment) {}

  /** A request in a list. */
  public record SummaryJson(
      String id,
      String state,
      String projectCode,
      String title,
      PersonJson requester,
      Instant createdAt,
      Instant submittedAt,
      List<String> allowedActions) {}

  static RequestJson of(RequestView v) {
    AccessRequest r = v.request();
    return new RequestJson(
        r.id(),
        v.replay().state().name(),
        r.projectCode(),
        r.title(),
        r.layPurpose(),
        r.scientificPurpose(),
        r.intendedUse(),
        r.ethicsReference().orElse(null),
        r.accessEnd(),
        person(r.requesterSubject(), v),
        r.createdAt(),
        v.replay().submittedAt().orElse(null),
        v.datasets().stream().map(RequestJson::dataset).toList(),
        v.parts().stream().map(p -> part(p, v)).toList(),
        v.attachments().stream()
            .map(a -> new AttachmentJson(a.id(), a.name(), a.size(), a.uploadedAt()))
            .toList(),
        v.timeline().stream().map(e -> event(e, v)).toList(),
        v.allowedActions());
  }

  static SummaryJson summary(RequestView v) {
    AccessRequest r = v.request();
    return new SummaryJson(
        r.id(),
        v.replay().state().name(),
        r.projectCode(),
        r.title(),
        person(r.requesterSubject(), v),
        r.createdAt(),
        v.replay().submittedAt().orElse(null),
        v.allowedActions());
  }

  static PersonJson person(String subject, RequestView v) {
    return new PersonJson(subject, v.nameOf(subject));
  }

  private static DatasetJson dataset(RequestView.DatasetView d) {
    return new DatasetJson(
        d.requested().datasetId(),
        d.info() == null ? null : d.info().title(),
        d.requested().nodeId(),
        d.requested().termsAccepted(),
        new DuoJson(d.duo().verdict().name(), d.duo().reason()));
  }

  private static PartJson part(RequestView.PartView p, RequestView v) {
    Replay.PartStatus s = p.status();
    return new PartJson(
        p.part().id(),
        new CommitteeJson(p.part().committeeId(), p.part().committeeName()),
        s.state().name(),
        p.part().datasetIds(),
        s.votes().stream()
            .map(
                x ->
                    new VoteJson(
                        x.voter(), v.nameOf(x.voter()), x.choice().name(), x.comment(), x.at()))
            .toList(),
        p.missingVoters().stream().map(m -> person(m, v)).toList(),
        s.decision()
            .map(d -> new DecisionJson(d.outcome().name(), d.by(), d.comment(), d.at()))
            .orElse(null),
        p.allowedActions());
  }

  private static EventJson event(RequestEvent e, RequestView v) {
    return new EventJson(
        e.id(),
        e.occurredAt(),
        e.actor(),
        v.nameOf(e.actor()),
        e.kind().name(),
        e.partId().orElse(null),
        e.comment().orElse(null));
  }
}
