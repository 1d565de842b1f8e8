package eu.imaginghub.access.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRequestTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-03-01");
  private static final VotingRule MAJORITY = new VotingRule(VotingRule.Kind.MAJORITY, 0);

  private static RequestContent content(String title) {
    return RequestContent.of(
        title,
        "Find lung nodules earlier",
        "Train a detector on CT scans",
        List.of("DUO:0000006"),
        "ETH-42",
        "2027-12-31",
        TODAY);
  }

  private static AccessRequest draft() {
    return new AccessRequest(
        "LUNG",
        "ana",
        content("Lung CT"),
        List.of(new RequestedDataset("d1", "n1", true), new RequestedDataset("d2", "n2", true)),
        T0);
  }

  private static NewPart part(String committee, VotingRule rule, String chair, String... voters) {
    return new NewPart(
        committee, "DAC " + committee, rule, 14, chair, List.of(voters), List.of("d1"));
  }

  private static AccessRequest submitted(NewPart... parts) {
    AccessRequest r = draft();
    r.submit("ana", List.of(parts), T0.plusSeconds(1));
    return r;
  }

  private static int status(Runnable action) {
    try {
      action.run();
      return 200;
    } catch (ProblemException e) {
      return e.kind().status();
    }
  }

  @Test
  void aDraftIsSubmittedToOnePartPerCommitteeAndTheTimelineSaysSo() {
    AccessRequest r = draft();
    assertThat(r.state()).isEqualTo(RequestState.DRAFT);

    boolean again =
        r.submit(
            "ana",
            List.of(part("c1", MAJORITY, "chair", "chair", "m1"), part("c2", MAJORITY, "x", "x")),
            T0.plusSeconds(5));

    assertThat(again).isFalse();
    assertThat(r.state()).isEqualTo(RequestState.SUBMITTED);
    assertThat(r.parts()).extracting(RequestPart::committeeId).containsExactly("c1", "c2");
    assertThat(r.replay().submittedAt()).contains(T0.plusSeconds(5));
    assertThat(r.timeline())
        .extracting(RequestEvent::seq, RequestEvent::kind, RequestEvent::actor)
        .containsExactly(tuple(1, EventKind.CREATED, "ana"), tuple(2, EventKind.SUBMITTED, "ana"));
  }

  @Test
  void theQuorumDecidesTheMomentItIsMet() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair", "m1", "m2"));
    String p = r.parts().get(0).id();

    assertThat(r.vote("m1", p, VoteChoice.APPROVE, "fine", T0.plusSeconds(10))).isEmpty();
    assertThat(r.state()).isEqualTo(RequestState.UNDER_REVIEW);
    Replay.Decision d = r.vote("m2", p, VoteChoice.APPROVE, null, T0.plusSeconds(20)).orElseThrow();

    assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(d.by()).isEqualTo(RequestEvent.QUORUM);
    assertThat(d.comment())
        .isEqualTo(
            "2 of 3 eligible voters approved (2 voted); the rule asks for a majority (2 of 3"
                + " eligible voters)");
    assertThat(r.state()).isEqualTo(RequestState.APPROVED);
    assertThat(r.parts().get(0).storedState()).isEqualTo(PartState.APPROVED);
    assertThat(status(() -> r.vote("chair", p, VoteChoice.REJECT, null, T0.plusSeconds(30))))
        .isEqualTo(409);
    assertThat(r.timeline())
        .extracting(RequestEvent::kind)
        .containsSubsequence(EventKind.VOTED_APPROVE, EventKind.VOTED_APPROVE, EventKind.APPROVED);
  }

  @Test
  void theQuorumRejectsTheMomentItCanNoLongerBeMet() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair", "m1", "m2"));
    String p = r.parts().get(0).id();

    r.vote("m1", p, VoteChoice.REJECT, "no ethics", T0.plusSeconds(10));
    Replay.Decision d = r.vote("m2", p, VoteChoice.ABSTAIN, null, T0.plusSeconds(20)).orElseThrow();

    assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(r.state()).isEqualTo(RequestState.REJECTED);
  }

  @Test
  void onlyEligibleVotersVoteAndEachOncePerRound() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair", "m1", "m2"));
    String p = r.parts().get(0).id();

    assertThat(status(() -> r.vote("ana", p, VoteChoice.APPROVE, null, T0))).isEqualTo(403);
    r.vote("m1", p, VoteChoice.APPROVE, null, T0.plusSeconds(10));
    assertThat(status(() -> r.vote("m1", p, VoteChoice.APPROVE, null, T0))).isEqualTo(409);
    assertThat(r.replay().part(p).votes()).hasSize(1);
  }

  @Test
  void theChairDecidesWhateverTheVotesAndOthersMayNot() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair", "m1", "m2"));
    String p = r.parts().get(0).id();

    assertThat(status(() -> r.decide("m1", p, Outcome.APPROVED, null, T0))).isEqualTo(403);
    Replay.Decision d = r.decide("chair", p, Outcome.REJECTED, "out of scope", T0.plusSeconds(9));

    assertThat(d)
        .isEqualTo(
            new Replay.Decision(Outcome.REJECTED, "chair", "out of scope", T0.plusSeconds(9)));
    assertThat(r.state()).isEqualTo(RequestState.REJECTED);
    assertThat(status(() -> r.decide("chair", p, Outcome.APPROVED, null, T0))).isEqualTo(409);
  }

  @Test
  void aChairFromTheRequestingProjectDoesNotDecide() {
    AccessRequest r = submitted(part("c1", MAJORITY, null, "m1"));

    assertThat(status(() -> r.decide("chair", r.parts().get(0).id(), Outcome.APPROVED, null, T0)))
        .isEqualTo(403);
  }

  @Test
  void partsAreDecidedOnTheirOwn() {
    AccessRequest r = submitted(part("c1", MAJORITY, "a", "a"), part("c2", MAJORITY, "b", "b"));

    r.vote("a", r.parts().get(0).id(), VoteChoice.APPROVE, null, T0.plusSeconds(3));
    assertThat(r.state()).isEqualTo(RequestState.UNDER_REVIEW);
    r.vote("b", r.parts().get(1).id(), VoteChoice.REJECT, null, T0.plusSeconds(4));

    assertThat(r.state()).isEqualTo(RequestState.PARTIALLY_APPROVED);
  }

  @Test
  void changesRequestedThenResubmittedStartANewRound() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair", "m1"));
    String p = r.parts().get(0).id();
    r.vote("m1", p, VoteChoice.APPROVE, null, T0.plusSeconds(2));

    assertThat(status(() -> r.requestChanges("m1", p, " ", T0))).isEqualTo(400);
    r.requestChanges("m1", p, "Name the ethics board", T0.plusSeconds(3));
    assertThat(r.state()).isEqualTo(RequestState.CHANGES_REQUESTED);
    assertThat(status(() -> r.vote("chair", p, VoteChoice.APPROVE, null, T0))).isEqualTo(409);

    r.edit("ana", content("Lung CT, revised"), r.datasets(), T0.plusSeconds(4));
    assertThat(r.submit("ana", List.of(), T0.plusSeconds(5))).isTrue();

    assertThat(r.state()).isEqualTo(RequestState.RESUBMITTED);
    assertThat(r.title()).isEqualTo("Lung CT, revised");
    assertThat(r.replay().part(p).votes()).isEmpty();
    assertThat(r.replay().part(p).roundStartedAt()).isEqualTo(T0.plusSeconds(5));
    r.vote("m1", p, VoteChoice.APPROVE, null, T0.plusSeconds(6));
    assertThat(r.state()).isEqualTo(RequestState.UNDER_REVIEW);
  }

  @Test
  void illegalTransitionsAreConflictsAndChangeNothing() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair"));
    int events = r.timeline().size();

    assertThat(status(() -> r.submit("ana", List.of(), T0))).isEqualTo(409);
    assertThat(status(() -> r.edit("ana", content("x"), r.datasets(), T0))).isEqualTo(409);
    assertThat(status(() -> r.attached("ana", "a.pdf", T0))).isEqualTo(409);
    assertThat(r.timeline()).hasSize(events);
  }

  @Test
  void theRequesterWithdrawsBeforeADecisionOnly() {
    AccessRequest open = submitted(part("c1", MAJORITY, "chair", "chair", "m1"));
    open.withdraw("ana", T0.plusSeconds(3));
    assertThat(open.state()).isEqualTo(RequestState.WITHDRAWN);
    assertThat(open.replay().part(open.parts().get(0).id()).state()).isEqualTo(PartState.WITHDRAWN);
    assertThat(status(() -> open.withdraw("ana", T0))).isEqualTo(409);
    assertThat(status(() -> open.comment("ana", null, "hello", T0))).isEqualTo(409);

    AccessRequest decided = submitted(part("c1", MAJORITY, "chair", "chair"));
    decided.decide("chair", decided.parts().get(0).id(), Outcome.APPROVED, null, T0);
    assertThat(status(() -> decided.withdraw("ana", T0))).isEqualTo(409);
  }

  @Test
  void aDraftIsNotSubmittedWithTermsNotAcceptedOrWithoutACommittee() {
    AccessRequest r =
        new AccessRequest(
            "LUNG", "ana", content("t"), List.of(new RequestedDataset("d1", "n1", false)), T0);
    assertThat(status(() -> r.submit("ana", List.of(part("c1", MAJORITY, "c", "c")), T0)))
        .isEqualTo(409);
    assertThat(status(() -> draft().submit("ana", List.of(), T0))).isEqualTo(409);
    assertThat(r.state()).isEqualTo(RequestState.DRAFT);
  }

  @Test
  void theDatasetsOfASubmittedRequestDoNotChange() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair"));
    r.requestChanges("chair", r.parts().get(0).id(), "more detail", T0);

    assertThat(
            status(
                () ->
                    r.edit(
                        "ana", content("t"), List.of(new RequestedDataset("d9", "n1", true)), T0)))
        .isEqualTo(400);
  }

  @Test
  void badContentIsRefusedFieldByField() {
    ProblemException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ProblemException.class,
            () -> RequestContent.of(" ", null, "x", List.of("GRU"), null, "2020-01-01", TODAY));

    assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT);
    assertThat(e.fields())
        .extracting(f -> f.field())
        .containsExactly("title", "layPurpose", "intendedUse", "accessEnd");
    assertThatThrownBy(() -> RequestContent.of("t", "l", "s", List.of(), null, "x", TODAY))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void commentsThreadOnTheWholeOrOnAPart() {
    AccessRequest r = submitted(part("c1", MAJORITY, "chair", "chair"));
    String p = r.parts().get(0).id();

    r.comment("chair", p, "Which scanner?", T0.plusSeconds(2));
    r.comment("ana", p, "Siemens", T0.plusSeconds(3));

    assertThat(r.timeline().subList(2, 4))
        .extracting(e -> e.partId().orElse(null), e -> e.comment().orElse(null))
        .containsExactly(tuple(p, "Which scanner?"), tuple(p, "Siemens"));
    assertThat(r.state()).isEqualTo(RequestState.SUBMITTED);
  }
}
