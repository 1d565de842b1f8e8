package eu.imaginghub.harvester.run.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarvestRunTest {

  private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void countsEachOutcomeAndKeepsErrorsWithTheirPlace() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.PUSH, null, START);
    List.of(
            RecordOutcome.ADDED,
            RecordOutcome.ADDED,
            RecordOutcome.UNCHANGED,
            RecordOutcome.INVALID)
        .forEach(run::count);
    RunError error = new RunError("ds-1", 12, 7, "bad \"IRI\"");
    run.succeed(List.of(error, new RunError(null, 0, 0, "document")), START.plusSeconds(3));

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(List.of(run.added(), run.updated(), run.unchanged(), run.withdrawn(), run.invalid()))
        .containsExactly(2, 0, 1, 0, 1);
    assertThat(run.errors()).containsExactly(error, new RunError(null, 0, 0, "document"));
    assertThat(run.finishedAt()).contains(START.plusSeconds(3));
    assertThat(run.sourceUrl()).isEmpty();
  }

  @Test
  void anEndedRunCountsNothingMore() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.SCHEDULED, "https://n.example/", START);
    run.notModified(START.plusSeconds(1));
    assertThat(run.status()).isEqualTo(RunStatus.NOT_MODIFIED);
    assertThat(run.errors()).isEmpty();
    assertThatThrownBy(() -> run.count(RecordOutcome.ADDED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> run.fail(List.of(), START)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aHeldRunKeepsItsWithdrawalsUntilConfirmed() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.MANUAL, "https://n.example/", START);
    run.count(RecordOutcome.UPDATED);
    run.hold(List.of("a", "b", "c"), List.of(), START.plusSeconds(2));
    assertThat(run.status()).isEqualTo(RunStatus.HELD);
    assertThat(run.heldLocalIds()).containsExactly("a", "b", "c");
    assertThat(run.withdrawn()).isZero();

    run.confirm(2);
    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(List.of(run.updated(), run.withdrawn())).containsExactly(1, 2);
    assertThat(run.heldLocalIds()).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> run.confirm(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(run::discard).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aHeldRunIsDiscardedByAPersonOrByANewerRun() {
    HarvestRun discarded = new HarvestRun("es-node", RunTrigger.PUSH, null, START);
    discarded.hold(List.of("a"), List.of(), START);
    discarded.discard();
    assertThat(discarded.status()).isEqualTo(RunStatus.DISCARDED);
    assertThatThrownBy(() -> discarded.confirm(1)).isInstanceOf(IllegalStateException.class);

    HarvestRun superseded = new HarvestRun("es-node", RunTrigger.PUSH, null, START);
    RunError earlier = new RunError("x", 1, 2, "invalid");
    superseded.hold(List.of("a"), List.of(earlier), START);
    superseded.supersede("newer-run");
    assertThat(superseded.status()).isEqualTo(RunStatus.DISCARDED);
    assertThat(superseded.errors())
        .containsExactly(
            earlier, new RunError(null, 0, 0, "held withdrawals superseded by run newer-run"));
  }

  @Test
  void onlyARunThatEndsWithWithdrawalsIsHeld() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.PUSH, null, START);
    assertThatThrownBy(() -> run.hold(List.of(), List.of(), START))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> run.confirm(0)).isInstanceOf(IllegalStateException.class);
  }
}
