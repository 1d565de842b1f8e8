package eu.imaginghub.tracer.trace.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456789Z");

  private static TraceEntry entry(Map<String, String> details) {
    return TraceEntry.of(
        "catalogue",
        "alice",
        TraceAction.CREATE_DATASET,
        List.of("d1", "d2"),
        details,
        List.of("abc"));
  }

  @Test
  void chainsEachTraceToThePreviousHash() {
    Trace first = new Trace(entry(Map.of()), "p1", 1, Trace.GENESIS, NOW);
    Trace second = new Trace(entry(Map.of()), "p1", 2, first.hash(), NOW);
    assertThat(first.hash()).hasSize(64).isEqualTo(first.computeHash());
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isNotEqualTo(first.hash());
  }

  @Test
  void keepsMicrosecondsOnlySoTheStoredTimeHashesTheSame() {
    Trace trace = new Trace(entry(Map.of()), null, 1, Trace.GENESIS, NOW);
    assertThat(trace.recordedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
  }

  @Test
  void roundTripsDetailsWithSeparatorsInThem() {
    Map<String, String> details = Map.of("a=b", "line1\nline2", "path", "c:\\x", "z", "");
    Trace trace = new Trace(entry(details), null, 1, Trace.GENESIS, NOW);
    assertThat(trace.details()).isEqualTo(details);
    assertThat(trace.datasetIds()).containsExactly("d1", "d2");
    assertThat(trace.contentHashes()).containsExactly("abc");
  }

  @Test
  void theCanonicalFormIsStable() {
    Trace trace = new Trace(entry(Map.of("k", "v")), "p", 7, Trace.GENESIS, NOW);
    String canonical = new String(CanonicalForm.of(trace), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(canonical)
        .isEqualTo(
            "{\"action\":\"CREATE_DATASET\",\"caller\":\"catalogue\",\"contentHashes\":[\"abc\"],"
                + "\"datasetIds\":[\"d1\",\"d2\"],\"details\":{\"k\":\"v\"},\"id\":\""
                + trace.id()
                + "\",\"recordedAt\":\"2026-11-24T10:15:30.123456Z\",\"schemaVersion\":1,"
                + "\"sequence\":7,\"tool\":null,\"toolVersion\":null,\"user\":\"p\"}");
  }
}
