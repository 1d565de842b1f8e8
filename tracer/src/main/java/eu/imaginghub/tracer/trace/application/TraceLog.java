package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.Pseudonyms;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tracer's published API: other modules record what they do through it. It joins the caller's
 * transaction (and refuses to run without one), so an action and its trace commit or roll back
 * together: a transactional outbox. Recording takes no lock; the {@link TraceChainer} links
 * committed traces into the hash chain in recording order, and the anchorer seals them.
 */
@ApplicationScoped
public class TraceLog {

  @Inject TraceRepository traces;
  @Inject Clock clock;
  @Inject PseudonymKey pseudonymKey;

  /** Record times strictly increase within this process: traces of one action keep their order. */
  private final AtomicReference<Instant> lastRecordedAt = new AtomicReference<>(Instant.EPOCH);

  protected TraceLog() {}

  /** Outside a container (tools, benchmarks): the caller owns the transaction around each call. */
  public TraceLog(TraceRepository traces, Clock clock, PseudonymKey pseudonymKey) {
    this.traces = traces;
    this.clock = clock;
    this.pseudonymKey = pseudonymKey;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public TraceReceipt record(TraceEntry entry) {
    Trace trace =
        new Trace(entry, Pseudonyms.of(entry.subject(), pseudonymKey.value()), nextInstant());
    traces.add(trace);
    return new TraceReceipt(trace.id(), trace.recordedAt());
  }

  /** The pseudonym a subject's traces carry, to find their own traces. */
  public String pseudonymOf(String subject) {
    return Pseudonyms.of(subject, pseudonymKey.value());
  }

  private Instant nextInstant() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return lastRecordedAt.accumulateAndGet(
        now,
        (last, candidate) -> candidate.isAfter(last) ? candidate : last.plus(1, ChronoUnit.MICROS));
  }
}
