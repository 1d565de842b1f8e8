package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainUnavailableException;
import eu.imaginghub.tracer.trace.application.TraceChainer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the anchorer in the background with the container's managed scheduler, in two tasks of their
 * own: one links and seals traces, the other moves sealed batches onto the chain and settles them.
 * Neither waits for the other: while the node is down, traces keep being sealed and the chain
 * rounds back off (doubling up to a limit), then catch up; and while a burst of traces keeps the
 * linking busy for seconds, batches sealed earlier are still sent and confirmed every interval (in
 * one task, a batch's confirmation waited for the whole backlog to be linked first).
 */
@ApplicationScoped
public class AnchorSchedule {

  private static final Logger LOG = Logger.getLogger(AnchorSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject TraceChainer chainer;
  @Inject Anchorer anchorer;
  @Inject Instance<ChainAnchoring> chain;
  @Inject Clock clock;

  private final TracerSettings settings = TracerSettings.current();
  private long intervalMillis;
  private long maxBackoffMillis;

  private ScheduledFuture<?> sealing;
  private ScheduledFuture<?> onChain;
  private long backoffMillis;
  private Instant nextChainAttempt = Instant.EPOCH;

  public void start() {
    intervalMillis = settings.anchorInterval().toMillis();
    maxBackoffMillis = settings.chainMaxBackoff().toMillis();
    AnchorBatch.Mode mode = anchorer.mode();
    LOG.info(() -> "Trace anchoring mode: " + mode.name().toLowerCase(java.util.Locale.ROOT));
    sealing =
        scheduler.scheduleWithFixedDelay(
            this::sealRound, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    if (mode == AnchorBatch.Mode.CHAIN) {
      onChain =
          scheduler.scheduleWithFixedDelay(
              this::chainRound, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Links and seals what is waiting: the full batches of each linking round at once, so that a
   * burst's first traces head for the chain while its last ones are still being linked; then one
   * batch of what remains. Never a string of tiny batches (each one a chain transaction) cut from a
   * backlog or from traces trickling in during the round.
   */
  void sealRound() {
    try {
      int linked;
      do {
        linked = chainer.chainPending();
        while (anchorer.sealNextFullBatch() > 0) {
          // keep going
        }
      } while (linked == TraceChainer.ROUND);
      anchorer.sealNextBatch();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sealing round failed; retrying at the next round", e);
    }
  }

  /** Sends what is sealed and settles what was sent; backs off while the node is unavailable. */
  void chainRound() {
    if (clock.instant().isBefore(nextChainAttempt)) {
      return;
    }
    try {
      chain.get().advance();
      backoffMillis = 0;
    } catch (ChainUnavailableException e) {
      backoffMillis = Math.min(maxBackoffMillis, Math.max(intervalMillis, backoffMillis * 2));
      nextChainAttempt = clock.instant().plusMillis(backoffMillis);
      LOG.warning(
          "Chain node unavailable (" + e.getMessage() + "); next try in " + backoffMillis + " ms");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Chain round failed; retrying at the next round", e);
    }
  }

  @PreDestroy
  void stop() {
    for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {sealing, onChain}) {
      if (task != null) {
        task.cancel(false);
      }
    }
  }
}
