package eu.imaginghub.tracer.anchor.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sealed batches and the registry contract each chain holds them in. */
public interface AnchorBatchRepository {

  Optional<AnchorBatch> find(long id);

  /** The id the next batch gets: one past the highest so far. */
  long nextId();

  /** Adds the batch and writes it at once: the traces it seals reference its row. */
  void add(AnchorBatch batch);

  /** Chain batches in the status, oldest first. */
  List<AnchorBatch> onChain(AnchorBatch.Status status, int limit);

  /** Chain batches already sent, or confirmed, to any registry. */
  List<AnchorBatch> sentToAnyRegistry();

  /** Chain batches already sent, or confirmed, to another registry than {@code address}. */
  List<AnchorBatch> sentToOtherRegistryThan(String address);

  /** How many batches there are in each status that has any. */
  Map<AnchorBatch.Status, Long> countByStatus();

  /** The newest batch confirmed on a chain. */
  Optional<AnchorBatch> newestConfirmedOnChain();

  /** Batches sealing any trace from sequence {@code from} to {@code to}, in order. */
  List<AnchorBatch> covering(long from, long to);

  Optional<ChainContract> contract(long chainId);

  void add(ChainContract contract);
}
