package eu.imaginghub.access.request.application;

import eu.imaginghub.access.event.ChangesRequested;
import eu.imaginghub.access.event.PartDecided;
import eu.imaginghub.access.event.RequestSubmitted;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.Outcome;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestEvent;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the rest of the hub what happened to a request, in the transaction that did it: the
 * governance events (observers grant entitlements and write notifications synchronously) and the
 * traces of submissions and decisions. The event ids are those of the timeline's events, so each is
 * unique and a reaction to one can be made once.
 */
@ApplicationScoped
public class RequestAnnouncements {

  static final String CALLER = "access";

  @Inject Event<RequestSubmitted> submitted;
  @Inject Event<ChangesRequested> changesRequested;
  @Inject Event<PartDecided> decided;
  @Inject TraceLog traces;

  /** After a submission or resubmission, the last timeline event being it. */
  public void submitted(AccessRequest r, boolean resubmission, Replay replay) {
    RequestEvent e = last(r);
    List<RequestSubmitted.Part> parts =
        r.parts().stream()
            .filter(p -> !resubmission || e.occurredAt().equals(roundOf(replay, p)))
            .map(
                p ->
                    new RequestSubmitted.Part(
                        p.id(), p.committeeId(), p.committeeName(), p.voters(), p.datasetIds()))
            .toList();
    submitted.fire(
        new RequestSubmitted(
            e.id(),
            r.id(),
            r.title(),
            r.projectCode(),
            e.actor(),
            resubmission,
            parts,
            e.occurredAt()));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("request", r.id());
    details.put("project", r.projectCode());
    details.put("resubmission", Boolean.toString(resubmission));
    traces.record(
        TraceEntry.of(
            CALLER,
            e.actor(),
            TraceAction.ACCESS_REQUEST_SUBMITTED,
            r.datasetIds(),
            details,
            null));
  }

  /** After a committee member asked for changes. */
  public void changesRequested(AccessRequest r, RequestPart part) {
    RequestEvent e = last(r);
    changesRequested.fire(
        new ChangesRequested(
            e.id(),
            r.id(),
            part.id(),
            r.title(),
            r.requesterSubject(),
            part.committeeName(),
            e.actor(),
            e.comment().orElse(null),
            e.occurredAt()));
  }

  /**
   * After a part was decided, the last timeline event being the decision.
   *
   * @param actor who acted: the chair, or the member whose vote completed the quorum
   */
  public void decided(AccessRequest r, RequestPart part, Replay.Decision d, String actor) {
    RequestEvent e = last(r);
    decided.fire(
        new PartDecided(
            e.id(),
            r.id(),
            part.id(),
            r.title(),
            r.projectCode(),
            r.requesterSubject(),
            part.committeeId(),
            part.committeeName(),
            d.outcome() == Outcome.APPROVED
                ? PartDecided.Outcome.APPROVED
                : PartDecided.Outcome.REJECTED,
            d.by(),
            d.comment(),
            part.datasetIds(),
            accessEnd(r),
            d.at()));
    Map<String, String> details = new LinkedHashMap<>();
    details.put("request", r.id());
    details.put("part", part.id());
    details.put("project", r.projectCode());
    details.put("committee", part.committeeId());
    details.put("outcome", d.outcome().name());
    details.put("decidedBy", d.by());
    traces.record(
        TraceEntry.of(CALLER, actor, TraceAction.ACCESS_DECIDED, part.datasetIds(), details, null));
  }

  /** Access ends at the end of the day the request names, in UTC. */
  static java.time.Instant accessEnd(AccessRequest r) {
    return r.accessEnd().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static java.time.Instant roundOf(Replay replay, RequestPart p) {
    return replay.part(p.id()).roundStartedAt();
  }

  private static RequestEvent last(AccessRequest r) {
    List<RequestEvent> timeline = r.timeline();
    return timeline.get(timeline.size() - 1);
  }
}
