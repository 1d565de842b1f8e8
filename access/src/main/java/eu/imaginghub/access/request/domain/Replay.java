package eu.imaginghub.access.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's timeline replayed: the state of the request and of each part, the votes of each
 * part's current round (a resubmission starts a new one) and its decision. Nothing here is stored:
 * it is computed from the events alone, in their order.
 */
public final class Replay {

  /** A vote cast in a part's current round. */
  public record Vote(String voter, VoteChoice choice, String comment, Instant at) {}

  /** A part's decision; {@code by} is the chair's subject, or {@code quorum}. */
  public record Decision(Outcome outcome, String by, String comment, Instant at) {}

  /** A part as replayed. */
  public record PartStatus(
      PartState state, List<Vote> votes, Optional<Decision> decision, Instant roundStartedAt) {

    public Optional<Vote> voteOf(String subject) {
      return votes.stream().filter(v -> v.voter().equals(subject)).findFirst();
    }
  }

  private final RequestState state;
  private final Map<String, PartStatus> parts;
  private final Instant submittedAt;

  private Replay(RequestState state, Map<String, PartStatus> parts, Instant submittedAt) {
    this.state = state;
    this.parts = parts;
    this.submittedAt = submittedAt;
  }

  public RequestState state() {
    return state;
  }

  public PartStatus part(String partId) {
    PartStatus p = parts.get(partId);
    if (p == null) {
      throw new IllegalArgumentException("no part " + partId);
    }
    return p;
  }

  public Collection<PartStatus> parts() {
    return parts.values();
  }

  /** When the request was first submitted. */
  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  /** Replays the events, oldest first, over the request's parts. */
  static Replay of(List<RequestEvent> events, Collection<String> partIds) {
    Folding f = new Folding(partIds);
    events.forEach(f::apply);
    return new Replay(f.requestState(), f.result(), f.submittedAt);
  }

  /** The running fold; one instance per replay. */
  private static final class Folding {
    private final Map<String, PartState> states = new LinkedHashMap<>();
    private final Map<String, List<Vote>> votes = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final Map<String, Instant> rounds = new LinkedHashMap<>();
    private boolean submitted;
    private boolean resubmitted;
    private boolean withdrawn;
    private Instant submittedAt;

    Folding(Collection<String> partIds) {
      for (String id : partIds) {
        states.put(id, PartState.SUBMITTED);
        votes.put(id, new ArrayList<>());
      }
    }

    void apply(RequestEvent e) {
      String part = e.partId().orElse(null);
      switch (e.kind()) {
        case SUBMITTED -> {
          submitted = true;
          submittedAt = e.occurredAt();
          states.keySet().forEach(id -> newRound(id, e.occurredAt()));
        }
        case RESUBMITTED -> {
          resubmitted = true;
          states.forEach(
              (id, s) -> {
                if (s == PartState.CHANGES_REQUESTED) {
                  newRound(id, e.occurredAt());
                }
              });
        }
        case VOTED_APPROVE, VOTED_REJECT, VOTED_ABSTAIN -> {
          votes
              .get(part)
              .add(
                  new Vote(
                      e.actor(),
                      VoteChoice.of(e.kind()),
                      e.comment().orElse(null),
                      e.occurredAt()));
          states.put(part, PartState.UNDER_REVIEW);
        }
        case CHANGES_REQUESTED -> states.put(part, PartState.CHANGES_REQUESTED);
        case APPROVED, REJECTED -> {
          Outcome o = e.kind() == EventKind.APPROVED ? Outcome.APPROVED : Outcome.REJECTED;
          decisions.put(part, new Decision(o, e.actor(), e.comment().orElse(null), e.occurredAt()));
          states.put(part, o == Outcome.APPROVED ? PartState.APPROVED : PartState.REJECTED);
        }
        case WITHDRAWN -> {
          withdrawn = true;
          states.replaceAll((id, s) -> s.ended() ? s : PartState.WITHDRAWN);
        }
        case PART_CLOSED -> states.put(part, PartState.CLOSED);
        default -> {
          // content, comments and attachments change no state
        }
      }
    }

    private void newRound(String partId, Instant at) {
      states.put(partId, PartState.SUBMITTED);
      votes.put(partId, new ArrayList<>());
      rounds.put(partId, at);
    }

    RequestState requestState() {
      if (withdrawn) {
        return RequestState.WITHDRAWN;
      }
      if (!submitted) {
        return RequestState.DRAFT;
      }
      long approved = count(PartState.APPROVED);
      long rejected = count(PartState.REJECTED);
      long closed = count(PartState.CLOSED);
      if (!states.isEmpty() && approved + rejected + closed == states.size()) {
        if (approved + rejected == 0) {
          return RequestState.CLOSED;
        }
        // closed parts decided nothing: the decided ones say how the request ended
        return rejected == 0
            ? RequestState.APPROVED
            : approved == 0 ? RequestState.REJECTED : RequestState.PARTIALLY_APPROVED;
      }
      if (count(PartState.CHANGES_REQUESTED) > 0) {
        return RequestState.CHANGES_REQUESTED;
      }
      if (count(PartState.UNDER_REVIEW) + approved + rejected > 0) {
        return RequestState.UNDER_REVIEW;
      }
      return resubmitted ? RequestState.RESUBMITTED : RequestState.SUBMITTED;
    }

    private long count(PartState s) {
      return states.values().stream().filter(s::equals).count();
    }

    Map<String, PartStatus> result() {
      Map<String, PartStatus> out = new LinkedHashMap<>();
      states.forEach(
          (id, s) ->
              out.put(
                  id,
                  new PartStatus(
                      s,
                      List.copyOf(votes.get(id)),
                      Optional.ofNullable(decisions.get(id)),
                      rounds.get(id))));
      return out;
    }
  }
}
