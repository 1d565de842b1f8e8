package eu.imaginghub.tracer.anchor.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainClient;
import eu.imaginghub.tracer.anchor.domain.ChainTransaction;
import eu.imaginghub.tracer.anchor.domain.ChainUnavailableException;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verifier's judgements of one trace and of one batch against the registry. */
class ChainVerifierTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final String ROOT = "ab".repeat(32);
  private static final String REGISTRY = "0x" + "34".repeat(20);

  private static Trace chained(String dataset, long sequence, String previous) {
    Trace trace =
        new Trace(
            TraceEntry.of(
                "catalogue",
                "alice",
                TraceAction.CREATE_DATASET,
                List.of(dataset),
                Map.of("title", "MRI " + dataset),
                List.of("c0ffee")),
            "p1",
            NOW);
    trace.chainAfter(sequence - 1, previous);
    return trace;
  }

  @Test
  void anUntouchedRunOfTracesHasNoProblem() {
    Trace first = chained("d1", 1, Trace.GENESIS);
    Trace second = chained("d2", 2, first.hash());

    assertThat(ChainVerifier.problem(first, 1, Trace.GENESIS)).isNull();
    assertThat(ChainVerifier.problem(second, 2, first.hash())).isNull();
  }

  @Test
  void aGapIsNamedByTheMissingSequence() {
    Trace first = chained("d1", 1, Trace.GENESIS);
    Trace third = chained("d3", 3, first.hash());

    assertThat(ChainVerifier.problem(third, 2, first.hash())).isEqualTo("trace 2 is missing");
  }

  @Test
  void aTraceThatDoesNotLinkToTheOneBeforeIsABreak() {
    Trace first = chained("d1", 1, Trace.GENESIS);
    Trace second = chained("d2", 2, "ff".repeat(32));

    assertThat(ChainVerifier.problem(second, 2, first.hash()))
        .isEqualTo("does not link to the trace before it");
  }

  @Test
  void aTraceEditedInTheDatabaseNoLongerMatchesItsHash() throws ReflectiveOperationException {
    Trace first = chained("d1", 1, Trace.GENESIS);
    // what an edit behind the hub's back does: the stored column changes, the hash stays
    Field details = Trace.class.getDeclaredField("details");
    details.setAccessible(true);
    details.set(first, ((String) details.get(first)).replace("MRI d1", "MRI d9"));

    assertThat(ChainVerifier.problem(first, 1, Trace.GENESIS))
        .isEqualTo("its content does not match its hash (edited)");
  }

  @Test
  void aBatchSealedLocallyIsNotAskedOfAnyChain() {
    ChainVerifier verifier = verifier(new Registry());
    AnchorBatch local = new AnchorBatch(1, 1, 10, ROOT, AnchorBatch.Mode.LOCAL, NOW);

    assertThat(verifier.chainProblem(local)).isNull();
  }

  @Test
  void aConfirmedBatchMustBeHeldByItsRegistryExactly() {
    Registry registry = new Registry();
    ChainVerifier verifier = verifier(registry);
    AnchorBatch batch = confirmed(7, 1, 10);

    assertThat(verifier.chainProblem(batch))
        .isEqualTo("batch 7 is not in the registry contract it was anchored on");

    registry.roots.put(7L, new ChainClient.AnchoredRoot(1, 10, ROOT));
    assertThat(verifier.chainProblem(batch)).isNull();

    registry.roots.put(7L, new ChainClient.AnchoredRoot(1, 10, "cd".repeat(32)));
    assertThat(verifier.chainProblem(batch))
        .isEqualTo("batch 7 differs from the root and range anchored on chain");

    registry.roots.put(7L, new ChainClient.AnchoredRoot(1, 11, ROOT));
    assertThat(verifier.chainProblem(batch))
        .isEqualTo("batch 7 differs from the root and range anchored on chain");
  }

  @Test
  void anUnreachableChainIsReportedNotTakenForIntact() {
    Registry registry = new Registry();
    registry.down = true;

    assertThat(verifier(registry).chainProblem(confirmed(7, 1, 10)))
        .isEqualTo("batch 7 could not be checked on chain: node down");
  }

  private static AnchorBatch confirmed(long id, long first, long last) {
    AnchorBatch batch = new AnchorBatch(id, first, last, ROOT, AnchorBatch.Mode.CHAIN, NOW);
    batch.sent(new ChainTransaction("0x" + "12".repeat(32), 1, REGISTRY, 31337), NOW);
    batch.confirmed(50, NOW);
    return batch;
  }

  private static ChainVerifier verifier(ChainClient chain) {
    ChainVerifier verifier = new ChainVerifier();
    verifier.chain = chain;
    return verifier;
  }

  /** A registry contract as the verifier reads it: the roots it holds, at one address. */
  private static final class Registry implements ChainClient {
    final Map<Long, AnchoredRoot> roots = new HashMap<>();
    boolean down;

    @Override
    public Optional<AnchoredRoot> anchoredRoot(String contractAddress, long batchId) {
      if (down) {
        throw new ChainUnavailableException("node down");
      }
      assertThat(contractAddress).isEqualTo(REGISTRY);
      return Optional.ofNullable(roots.get(batchId));
    }

    @Override
    public long chainId() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasCode(String contractAddress) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String deployRegistry() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ChainTransaction anchor(String contractAddress, AnchorBatch batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public TransactionState state(String txHash) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long blockNumber() {
      throw new UnsupportedOperationException();
    }
  }
}
