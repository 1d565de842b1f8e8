package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.anchor.domain.MerkleTree;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The Merkle proof that a sealed trace belongs to its batch. */
@ApplicationScoped
@Transactional
public class TraceProofs {

  /** A trace's membership proof in its batch. */
  public record Proof(
      Trace trace, AnchorBatch batch, int leafIndex, List<MerkleTree.ProofStep> path) {
    public String computedRoot() {
      return HexFormat.of()
          .formatHex(MerkleTree.rootFrom(HexFormat.of().parseHex(trace.hash()), path));
    }
  }

  @Inject TraceRepository traces;
  @Inject AnchorBatchRepository batches;

  /** The proof of a sealed trace; empty while it waits for its batch. */
  public Optional<Proof> proof(Trace trace) {
    if (trace.batchId().isEmpty()) {
      return Optional.empty();
    }
    AnchorBatch batch = batches.find(trace.batchId().get()).orElseThrow();
    int index = (int) (trace.sequence() - batch.firstSequence());
    return Optional.of(new Proof(trace, batch, index, tree(batch).proof(index)));
  }

  /**
   * The Merkle tree over the batch's traces' hashes, in sequence order, as the anchorer sealed it.
   */
  MerkleTree tree(AnchorBatch batch) {
    List<Trace> members =
        traces.inSequence(batch.firstSequence(), batch.lastSequence(), Integer.MAX_VALUE);
    return MerkleTree.ofHexHashes(members.stream().map(Trace::hash).toList());
  }
}
