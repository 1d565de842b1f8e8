package eu.imaginghub.tracer.anchor.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.trace.domain.SealableTrace;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While a backlog is being linked, only full batches are sealed: each one is a chain transaction.
 */
class AnchorerTest {

  /** Sequence number to batch id (0 for none) of the chained traces. */
  private final TreeMap<Long, Long> chained = new TreeMap<>();

  private final List<AnchorBatch> sealed = new ArrayList<>();
  private Anchorer anchorer;

  @BeforeEach
  void setUp() {
    anchorer =
        new Anchorer(
            TracerSettings.from(
                key -> Optional.ofNullable(Map.of("tracer.anchor.batch-size", "4").get(key))));
    anchorer.traces = fake(TraceRepository.class);
    anchorer.batches = fake(AnchorBatchRepository.class);
    anchorer.clock = Clock.systemUTC();
  }

  @Test
  void aFullBatchIsSealedOnlyWhenAFullBatchIsWaiting() {
    int size = anchorer.batchSize();
    assertThat(size).isEqualTo(4);
    link(2 * size + size / 2);

    assertThat(anchorer.sealNextFullBatch()).isEqualTo(size);
    assertThat(anchorer.sealNextFullBatch()).isEqualTo(size);
    assertThat(anchorer.sealNextFullBatch()).as("half a batch waits for more").isZero();
    assertThat(sealed).hasSize(2);

    assertThat(anchorer.sealNextBatch())
        .as("what remains, once linking caught up")
        .isEqualTo(size / 2);
    assertThat(anchorer.sealNextBatch()).isZero();
    assertThat(sealed)
        .extracting(AnchorBatch::firstSequence, AnchorBatch::lastSequence)
        .containsExactly(
            tuple(1L, (long) size),
            tuple(size + 1L, 2L * size),
            tuple(2L * size + 1, 2L * size + size / 2));
    assertThat(chained.values()).doesNotContain(0L);
  }

  private void link(int count) {
    long next = chained.isEmpty() ? 1 : chained.lastKey() + 1;
    for (int i = 0; i < count; i++) {
      chained.put(next + i, 0L);
    }
  }

  /** Answers the few calls sealing makes; any other call fails the test. */
  @SuppressWarnings("unchecked")
  private <T> T fake(Class<T> type) {
    return (T)
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "lockHead" -> null;
                  case "unsealed" -> unsealed((Integer) args[0]);
                  case "seal" -> seal((Long) args[0], (Long) args[1], (Long) args[2]);
                  case "nextId" -> sealed.size() + 1L;
                  case "add" -> sealed.add((AnchorBatch) args[0]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private List<SealableTrace> unsealed(int max) {
    return chained.entrySet().stream()
        .filter(e -> e.getValue() == 0L)
        .limit(max)
        .map(e -> new SealableTrace(e.getKey(), "%064x".formatted(e.getKey())))
        .toList();
  }

  private int seal(long batch, long from, long to) {
    int count = 0;
    for (var e : chained.subMap(from, true, to, true).entrySet()) {
      if (e.getValue() == 0L) {
        e.setValue(batch);
        count++;
      }
    }
    return count;
  }
}
