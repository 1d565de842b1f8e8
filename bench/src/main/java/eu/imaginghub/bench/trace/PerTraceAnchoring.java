package eu.imaginghub.bench.trace;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainClient.TransactionState;
import eu.imaginghub.tracer.anchor.domain.ChainTransaction;
import eu.imaginghub.tracer.anchor.infrastructure.ChainSettings;
import eu.imaginghub.tracer.anchor.infrastructure.Web3jChainClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The design batching replaces: one chain transaction per trace, through the same client, contract
 * and node. Sends {@code count} single-trace anchors as fast as the node takes them, then waits for
 * each to have its confirmations.
 */
final class PerTraceAnchoring {

  /** What one run measured. */
  record Result(int traces, double seconds, long[] latencyMillis) {
    double perSecond() {
      return traces / seconds;
    }
  }

  private final Web3jChainClient chain;
  private final int confirmations;

  PerTraceAnchoring(String url, String key, int confirmations) {
    this.chain =
        new Web3jChainClient(
            new ChainSettings(
                url, key, Optional.empty(), Optional.empty(), Duration.ofSeconds(30)));
    this.confirmations = confirmations;
  }

  Result run(int count) throws InterruptedException {
    String registry = chain.deployRegistry();
    SecureRandom random = new SecureRandom();
    List<ChainTransaction> sent = new ArrayList<>();
    List<Instant> sentAt = new ArrayList<>();
    Instant start = Instant.now();
    for (int i = 1; i <= count; i++) {
      byte[] root = new byte[32];
      random.nextBytes(root);
      AnchorBatch single =
          new AnchorBatch(i, i, i, HexFormat.of().formatHex(root), AnchorBatch.Mode.CHAIN, start);
      sentAt.add(Instant.now());
      sent.add(chain.anchor(registry, single));
    }
    long[] latencies = new long[count];
    for (int i = 0; i < count; i++) {
      awaitConfirmed(sent.get(i).hash());
      latencies[i] = Duration.between(sentAt.get(i), Instant.now()).toMillis();
    }
    double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
    chain.close();
    java.util.Arrays.sort(latencies);
    return new Result(count, seconds, latencies);
  }

  private void awaitConfirmed(String hash) throws InterruptedException {
    while (true) {
      TransactionState state = chain.state(hash);
      if (state.kind() == TransactionState.Kind.REVERTED) {
        throw new IllegalStateException("single-trace anchor reverted: " + hash);
      }
      if (state.kind() == TransactionState.Kind.MINED
          && chain.blockNumber() - state.block() + 1 >= confirmations) {
        return;
      }
      Thread.sleep(100);
    }
  }
}
