package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.anchor.domain.MerkleTree;
import eu.imaginghub.tracer.trace.domain.SealableTrace;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Seals unanchored traces, oldest first, into batches under a Merkle root. Traces are taken in
 * sequence order and each is assigned to exactly one batch, so nothing is sealed twice.
 */
@ApplicationScoped
public class Anchorer {

  @Inject TraceRepository traces;
  @Inject AnchorBatchRepository batches;
  @Inject Clock clock;

  private final TracerSettings settings;

  public Anchorer() {
    this(TracerSettings.current());
  }

  Anchorer(TracerSettings settings) {
    this.settings = settings;
  }

  /** The most traces sealed under one root. */
  public int batchSize() {
    return settings.anchorBatchSize();
  }

  /** The mode batches are sealed in from now on. */
  public AnchorBatch.Mode mode() {
    return settings.anchorMode();
  }

  /** Seals the next batch if there are unanchored traces; returns how many it sealed. */
  @Transactional
  public int sealNextBatch() {
    return seal(false);
  }

  /** Seals the next batch only if a full one is waiting; returns how many it sealed. */
  @Transactional
  public int sealNextFullBatch() {
    return seal(true);
  }

  private int seal(boolean onlyFull) {
    // one sealer at a time across hub instances: a second one waits here rather than numbering
    // a batch with the same id and failing at commit
    traces.lockHead();
    List<SealableTrace> chained = traces.unsealed(batchSize());
    if (chained.isEmpty() || (onlyFull && chained.size() < batchSize())) {
      return 0;
    }
    long id = batches.nextId();
    long from = chained.get(0).sequence();
    long to = chained.get(chained.size() - 1).sequence();
    MerkleTree tree = MerkleTree.ofHexHashes(chained.stream().map(SealableTrace::hash).toList());
    batches.add(
        new AnchorBatch(
            id, from, to, HexFormat.of().formatHex(tree.root()), mode(), clock.instant()));
    int assigned = traces.seal(id, from, to);
    if (assigned != chained.size()) {
      // the chain has a gap or another sealer raced this one: roll back, seal again next round
      throw new IllegalStateException(
          "batch " + id + " covers " + chained.size() + " traces but " + assigned + " matched");
    }
    return assigned;
  }
}
