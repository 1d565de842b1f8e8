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
}
