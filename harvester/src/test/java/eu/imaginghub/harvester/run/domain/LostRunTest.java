package eu.imaginghub.harvester.run.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pull starts only when the node has no run going; a run still going after the timeout was lost
 * by a hub that stopped mid-run, and gives way.
 */
class LostRunTest {

  private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  @Test
  void aRunWithinItsTimeoutIsStillUnderWay() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.SCHEDULED, "https://n.example/", START);
    assertThat(run.outlived(TIMEOUT, START)).isFalse();
    assertThat(run.outlived(TIMEOUT, START.plus(TIMEOUT).minusMillis(1))).isFalse();
  }

  @Test
  void aRunStillGoingAtItsTimeoutWasLost() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.SCHEDULED, "https://n.example/", START);
    assertThat(run.outlived(TIMEOUT, START.plus(TIMEOUT))).isTrue();
    assertThat(run.outlived(TIMEOUT, START.plus(Duration.ofDays(2)))).isTrue();
  }

  @Test
  void anEndedRunIsNeverLost() {
    HarvestRun run = new HarvestRun("es-node", RunTrigger.MANUAL, "https://n.example/", START);
    run.succeed(List.of(), START.plusSeconds(5));
    assertThat(run.outlived(TIMEOUT, START.plus(Duration.ofDays(2)))).isFalse();
  }
}
