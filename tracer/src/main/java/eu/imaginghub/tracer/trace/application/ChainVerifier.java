package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.anchor.application.Anchorer;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.trace.domain.Trace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks the log over a range of sequence numbers: every trace's hash against its content, every
 * link to the previous trace, no gap, and every sealed batch's root. Reports the first break.
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
      String problem) {}

  @Inject EntityManager em;
  @Inject TraceQueries queries;

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
          return new Verification(from, to, checked, false, expected, t.id().toString(), problem);
        }
        previous = t.hash();
        expected++;
        checked++;
      }
    }
    return batches(from, to, checked);
  }

  private static String problem(Trace t, long expected, String previous) {
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
    List<AnchorBatch> batches =
        em.createQuery(
                "select b from AnchorBatch b where b.lastSequence >= :from and b.firstSequence <= :to"
                    + " order by b.id",
                AnchorBatch.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (AnchorBatch b : batches) {
      String root = HexFormat.of().formatHex(Anchorer.tree(queries.batchMembers(b)).root());
      if (!root.equals(b.merkleRoot())) {
        return new Verification(
            from,
            to,
            checked,
            false,
            b.firstSequence(),
            null,
            "batch " + b.id() + " no longer has its sealed Merkle root");
      }
    }
    return new Verification(from, to, checked, true, null, null, null);
  }

  private String hashAt(long sequence) {
    List<String> hashes =
        em.createQuery("select t.hash from Trace t where t.sequence = :s", String.class)
            .setParameter("s", sequence)
            .getResultList();
    return hashes.isEmpty() ? "missing" : hashes.get(0);
  }

  private List<Trace> page(long from, long to) {
    return em.createQuery(
            "select t from Trace t where t.sequence between :from and :to order by t.sequence",
            Trace.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(PAGE)
        .getResultList();
  }

  /** The highest sequence number recorded so far. */
  public long head() {
    return em.createQuery("select coalesce(max(t.sequence), 0) from Trace t", Long.class)
        .getSingleResult();
  }
}
