package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.anchor.domain.ChainClient;
import eu.imaginghub.tracer.anchor.domain.ChainClient.AnchoredRoot;
import eu.imaginghub.tracer.anchor.domain.ChainUnavailableException;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checks the log over a range of sequence numbers: every trace's hash against its content, every
 * link to the previous trace, no gap, every sealed batch's root, and, for batches anchored on a
 * chain, the root the registry contract holds. Reports the first break.
 */
@ApplicationScoped
@Transactional
public class ChainVerifier {

  private static final int PAGE = 1000;

  /** The outcome; {@code brokenAt} and {@code problem} are null when the range is intact. */
  public record Verification(
      long from,
      long to,
      long checked,
      boolean intact,
      Long brokenAt,
      String traceId,
      String problem,
      long batchesCheckedOnChain) {}

  @Inject TraceRepository traces;
  @Inject AnchorBatchRepository batchRepository;
  @Inject TraceProofs proofs;
  @Inject ChainClient chain;

  public Verification verify(long from, long to) {
    String previous = from <= 1 ? Trace.GENESIS : hashAt(from - 1);
    long expected = from;
    long checked = 0;
    while (expected <= to) {
      List<Trace> page = page(expected, to);
      if (page.isEmpty()) {
        break;
      }
      for (Trace t : page) {
        String problem = problem(t, expected, previous);
        if (problem != null) {
          return new Verification(
              from, to, checked, false, expected, t.id().toString(), problem, 0);
        }
        previous = t.hash();
        expected++;
        checked++;
      }
    }
    return batches(from, to, checked);
  }

  /** Null when the trace is the expected one, links to {@code previous} and matches its hash. */
  static String problem(Trace t, long expected, String previous) {
    if (t.sequence() != expected) {
      return "trace " + expected + " is missing";
    }
    if (!t.previousHash().equals(previous)) {
      return "does not link to the trace before it";
    }
    if (!t.computeHash().equals(t.hash())) {
      return "its content does not match its hash (edited)";
    }
    return null;
  }

  private Verification batches(long from, long to, long checked) {
    List<AnchorBatch> batches = batchRepository.covering(from, to);
    long onChain = 0;
    for (AnchorBatch b : batches) {
      String root = HexFormat.of().formatHex(proofs.tree(b).root());
      String problem =
          root.equals(b.merkleRoot())
              ? chainProblem(b)
              : "batch " + b.id() + " no longer has its sealed Merkle root";
      if (problem != null) {
        return new Verification(
            from, to, checked, false, b.firstSequence(), null, problem, onChain);
      }
      onChain += b.externallyAnchored() ? 1 : 0;
    }
    return new Verification(from, to, checked, true, null, null, null, onChain);
  }

  /** Null when the batch is not anchored on a chain or the registry holds exactly its root. */
  String chainProblem(AnchorBatch b) {
    if (!b.externallyAnchored()) {
      return null;
    }
    try {
      Optional<AnchoredRoot> held = chain.anchoredRoot(b.contractAddress().orElseThrow(), b.id());
      if (held.isEmpty()) {
        return "batch " + b.id() + " is not in the registry contract it was anchored on";
      }
      return held.get().root().equals(b.merkleRoot())
              && held.get().firstSequence() == b.firstSequence()
              && held.get().lastSequence() == b.lastSequence()
          ? null
          : "batch " + b.id() + " differs from the root and range anchored on chain";
    } catch (ChainUnavailableException e) {
      return "batch " + b.id() + " could not be checked on chain: " + e.getMessage();
    }
  }

  private String hashAt(long sequence) {
    return traces.hashAt(sequence).orElse("missing");
  }

  private List<Trace> page(long from, long to) {
    return traces.inSequence(from, to, PAGE);
  }

  /** The highest sequence number recorded so far. */
  public long head() {
    return traces.lastSequence();
  }
}
