package eu.imaginghub.access.request.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetInvalidationTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant LATER = T0.plusSeconds(3600);
  private static final VotingRule MAJORITY = new VotingRule(VotingRule.Kind.MAJORITY, 0);
  private static final DatasetInvalidation D1_INVALIDATED =
      new DatasetInvalidation("d1", "labels were wrong", LATER);

  private static AccessRequest draft(String... datasetIds) {
    return new AccessRequest(
        "LUNG",
        "ana",
        RequestContent.of(
            "Lung CT",
            "Find lung nodules earlier",
            "Train a detector on CT scans",
            List.of("DUO:0000006"),
            null,
            "2027-12-31",
            LocalDate.parse("2026-03-01")),
        List.of(datasetIds).stream().map(id -> new RequestedDataset(id, "n1", true)).toList(),
        T0);
  }

  private static NewPart part(String committee, String... datasetIds) {
    return new NewPart(
        committee,
        "DAC " + committee,
        MAJORITY,
        14,
        "chair",
        List.of("chair", "m1"),
        List.of(datasetIds));
  }

  private static AccessRequest submitted(NewPart... parts) {
    AccessRequest r = draft("d1", "d2");
    r.submit("ana", List.of(parts), T0.plusSeconds(1));
    return r;
  }

  private static String partOf(AccessRequest r, String committee) {
    return r.parts().stream()
        .filter(p -> p.committeeId().equals(committee))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aPartAskingOnlyForInvalidatedDatasetsIsClosedAndTheOtherGoesOn() {
    AccessRequest r = submitted(part("c1", "d1"), part("c2", "d2"));

    List<RequestPart> closed = D1_INVALIDATED.applyTo(r, Set.of("d1"));

    assertThat(closed).extracting(RequestPart::committeeId).containsExactly("c1");
    assertThat(r.replay().part(partOf(r, "c1")).state()).isEqualTo(PartState.CLOSED);
    assertThat(r.replay().part(partOf(r, "c2")).state()).isEqualTo(PartState.SUBMITTED);
    assertThat(r.state()).isEqualTo(RequestState.SUBMITTED);
    RequestEvent last = r.timeline().get(r.timeline().size() - 1);
    assertThat(last.kind()).isEqualTo(EventKind.PART_CLOSED);
    assertThat(last.actor()).isEqualTo(DatasetInvalidation.SYSTEM);
    assertThat(last.partId()).contains(partOf(r, "c1"));
    assertThat(last.comment().orElseThrow())
        .startsWith("Dataset d1 was invalidated by its node: labels were wrong.")
        .contains("closed undecided");
  }

  @Test
  void aClosedPartCanNoLongerBeVotedOnAndARequestWhosePartsAllClosedIsClosed() {
    AccessRequest r = submitted(part("c1", "d1", "d2"));
    String p = partOf(r, "c1");

    D1_INVALIDATED.applyTo(r, Set.of("d1"));
    assertThat(r.replay().part(p).state()).isEqualTo(PartState.SUBMITTED);
    new DatasetInvalidation("d2", "consent withdrawn", LATER.plusSeconds(1))
        .applyTo(r, Set.of("d1", "d2"));

    assertThat(r.replay().part(p).state()).isEqualTo(PartState.CLOSED);
    assertThat(r.state()).isEqualTo(RequestState.CLOSED);
    assertThat(r.state().finished()).isTrue();
    assertThat(r.timeline())
        .extracting(RequestEvent::kind, RequestEvent::partId)
        .endsWith(
            tuple(EventKind.DATASET_INVALIDATED, java.util.Optional.of(p)),
            tuple(EventKind.PART_CLOSED, java.util.Optional.of(p)));
    assertThat(statusOf(() -> r.vote("m1", p, VoteChoice.APPROVE, null, LATER.plusSeconds(2))))
        .isEqualTo(409);
  }

  @Test
  void aPartSentBackForChangesIsClosedTooAndTheDecidedOnesSayHowTheRequestEnded() {
    AccessRequest r = submitted(part("c1", "d1"), part("c2", "d2"));
    r.requestChanges("m1", partOf(r, "c1"), "add an ethics reference", T0.plusSeconds(2));
    r.decide("chair", partOf(r, "c2"), Outcome.APPROVED, null, T0.plusSeconds(3));
    assertThat(r.state()).isEqualTo(RequestState.CHANGES_REQUESTED);

    D1_INVALIDATED.applyTo(r, Set.of("d1"));

    assertThat(r.replay().part(partOf(r, "c1")).state()).isEqualTo(PartState.CLOSED);
    assertThat(r.state()).isEqualTo(RequestState.APPROVED);
  }

  @Test
  void aDraftGetsANoteAndNoState() {
    AccessRequest r = draft("d1", "d2");

    assertThat(D1_INVALIDATED.applyTo(r, Set.of("d1"))).isEmpty();

    assertThat(r.state()).isEqualTo(RequestState.DRAFT);
    RequestEvent last = r.timeline().get(r.timeline().size() - 1);
    assertThat(last.kind()).isEqualTo(EventKind.DATASET_INVALIDATED);
    assertThat(last.partId()).isEmpty();
    assertThat(last.comment().orElseThrow()).contains("Remove it from the request");
  }

  @Test
  void aWithdrawnRequestAndOneNotNamingTheDatasetAreLeftAlone() {
    AccessRequest withdrawn = submitted(part("c1", "d1"));
    withdrawn.withdraw("ana", T0.plusSeconds(2));
    AccessRequest other = draft("d2");
    int before = withdrawn.timeline().size();

    D1_INVALIDATED.applyTo(withdrawn, Set.of("d1"));
    D1_INVALIDATED.applyTo(other, Set.of("d1"));

    assertThat(withdrawn.timeline()).hasSize(before);
    assertThat(other.timeline()).hasSize(1);
  }

  @Test
  void aWithdrawalAfterAClosureKeepsTheClosedPartClosed() {
    AccessRequest r = submitted(part("c1", "d1"), part("c2", "d2"));
    D1_INVALIDATED.applyTo(r, Set.of("d1"));

    r.withdraw("ana", LATER.plusSeconds(1));

    assertThat(r.replay().part(partOf(r, "c1")).state()).isEqualTo(PartState.CLOSED);
    assertThat(r.replay().part(partOf(r, "c2")).state()).isEqualTo(PartState.WITHDRAWN);
    assertThat(r.state()).isEqualTo(RequestState.WITHDRAWN);
  }

  private static int statusOf(Runnable action) {
    try {
      action.run();
      return 200;
    } catch (ProblemException e) {
      return e.kind().status();
    }
  }
}
