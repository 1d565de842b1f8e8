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

  private static Trace chained(Map<String, String> details, String user, long sequence) {
    Trace trace = new Trace(entry(details), user, NOW);
    trace.chainAfter(sequence - 1, Trace.GENESIS);
    return trace;
  }

  @Test
  void chainsEachTraceToThePreviousHash() {
    Trace first = chained(Map.of(), "p1", 1);
    Trace second = new Trace(entry(Map.of()), "p1", NOW);
    assertThat(second.isChained()).isFalse();
    second.chainAfter(first.sequence(), first.hash());
    assertThat(first.hash()).hasSize(64).isEqualTo(first.computeHash());
    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.hash()).isNotEqualTo(first.hash());
  }

  @Test
  void aTraceIsChainedOnlyOnce() {
    Trace trace = chained(Map.of(), "p1", 1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> trace.chainAfter(5, Trace.GENESIS))
        .isInstanceOf(IllegalStateException.class);
    assertThat(trace.sequence()).isEqualTo(1);
  }

  @Test
  void keepsMicrosecondsOnlySoTheStoredTimeHashesTheSame() {
    Trace trace = chained(Map.of(), null, 1);
    assertThat(trace.recordedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
  }

  @Test
  void roundTripsDetailsWithSeparatorsInThem() {
    Map<String, String> details = Map.of("a=b", "line1\nline2", "path", "c:\\x", "z", "");
    Trace trace = chained(details, null, 1);
    assertThat(trace.details()).isEqualTo(details);
    assertThat(trace.datasetIds()).containsExactly("d1", "d2");
    assertThat(trace.contentHashes()).containsExactly("abc");
  }

  @Test
  void theCanonicalFormIsStable() {
    Trace trace = chained(Map.of("k", "v"), "p", 7);
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
