package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.Pseudonyms;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The tracer's published API: other modules record what they do through it. It joins the caller's
 * transaction (and refuses to run without one), so an action and its trace commit or roll back
 * together: a transactional outbox that the anchorer later drains to the chain.
 */
@ApplicationScoped
public class TraceLog {

  @Inject EntityManager em;
  @Inject Clock clock;

  protected TraceLog() {}

  /** Outside a container (tools, benchmarks): the caller owns the transaction around each call. */
  public TraceLog(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public TraceReceipt record(TraceEntry entry) {
    ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head.pseudonymKey() == null) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      head.keepPseudonymKey(HexFormat.of().formatHex(key));
    }
    Trace trace =
        new Trace(
            entry,
            Pseudonyms.of(entry.subject(), head.pseudonymKey()),
            head.sequence() + 1,
            head.hash(),
            clock.instant());
    em.persist(trace);
    head.advanceTo(trace);
    return new TraceReceipt(trace.id(), trace.sequence(), trace.hash());
  }

  /** The pseudonym a subject's traces carry, to find their own traces. */
  @Transactional
  public String pseudonymOf(String subject) {
    ChainHead head = em.find(ChainHead.class, ChainHead.ID);
    return head.pseudonymKey() == null ? null : Pseudonyms.of(subject, head.pseudonymKey());
  }
}
