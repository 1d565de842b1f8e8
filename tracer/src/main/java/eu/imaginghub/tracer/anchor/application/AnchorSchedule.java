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
 * Runs the anchorer in the background with the container's managed scheduler. Sealing never waits
 * for the chain: while the node is down, traces keep being sealed and the chain rounds back off
 * (doubling up to a limit), then catch up.
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

  private ScheduledFuture<?> task;
  private long backoffMillis;
  private Instant nextChainAttempt = Instant.EPOCH;

  public void start() {
    intervalMillis = settings.anchorInterval().toMillis();
    maxBackoffMillis = settings.chainMaxBackoff().toMillis();
    AnchorBatch.Mode mode = anchorer.mode();
    LOG.info(() -> "Trace anchoring mode: " + mode.name().toLowerCase(java.util.Locale.ROOT));
    task =
        scheduler.scheduleWithFixedDelay(
            this::round, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Chains and seals what is waiting, then moves sealed batches on the chain in chain mode. */
  void round() {
    try {
      while (chainer.chainPending() == TraceChainer.ROUND) {
        // link the whole backlog first
      }
      // Full batches while there is a backlog, then one batch of what remains: never a string of
      // tiny batches (each one a chain transaction) from traces trickling in during the round.
      while (anchorer.sealNextBatch() == anchorer.batchSize()) {
        // keep going
      }
      if (anchorer.mode() == AnchorBatch.Mode.CHAIN) {
        chainRound();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anchoring round failed; retrying at the next round", e);
    }
  }

  private void chainRound() {
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
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
