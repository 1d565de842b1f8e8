package eu.imaginghub.harvester.provenance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordProvenanceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aRecordIsUnchangedOnlyWithTheSameHashWhileNotWithdrawn() {
    RecordProvenance p = new RecordProvenance("es-node", "ds-1", "abc");
    p.received(new ReceivedRecord("h1", "application/json", "{}", "[]", null), "push", "r1", NOW);
    assertThat(p.unchangedBy("h1")).isTrue();
    assertThat(p.unchangedBy("h2")).isFalse();
    p.withdrawn("r2", NOW.plusSeconds(1));
    assertThat(p.unchangedBy("h1")).isFalse();
    assertThat(p.runId()).isEqualTo("r2");
    p.received(new ReceivedRecord("h1", "application/json", "{}", "[]", null), "push", "r3", NOW);
    assertThat(p.withdrawnAt()).isEmpty();
    assertThat(p.unchangedBy("h1")).isTrue();
  }
}
