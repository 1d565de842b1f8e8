package eu.imaginghub.tracer.anchor.domain;

import java.util.Optional;

/**
 * The port to an Ethereum-compatible chain holding the trace registry contract. Every call may fail
 * with {@link ChainUnavailableException} when the node is down or slow; callers retry later.
 */
public interface ChainClient {

  /** The chain id the client signs for. */
  long chainId();

  /** True when the given address holds contract code on the chain. */
  boolean hasCode(String contractAddress);

  /** Deploys a new trace registry and returns its address once mined. */
  String deployRegistry();

  /** Sends one transaction anchoring the batch's root and range; returns without waiting. */
  ChainTransaction anchor(String contractAddress, AnchorBatch batch);

  /** Where a transaction stands now. */
  TransactionState state(String txHash);

  /** The number of the newest block. */
  long blockNumber();

  /** The root the registry holds for a batch id, if it holds one. */
  Optional<AnchoredRoot> anchoredRoot(String contractAddress, long batchId);

  /** A transaction's state: unknown to the node, pending, or mined (successfully or reverted). */
  record TransactionState(Kind kind, long block) {

    /** Where a transaction is. */
    public enum Kind {
      UNKNOWN,
      PENDING,
      MINED,
      REVERTED
    }

    public static TransactionState of(Kind kind) {
      return new TransactionState(kind, -1);
    }
  }

  /** A batch as the registry holds it. */
  record AnchoredRoot(long firstSequence, long lastSequence, String root) {}
}
