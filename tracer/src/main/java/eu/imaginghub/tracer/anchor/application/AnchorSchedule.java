package eu.imaginghub.tracer.anchor.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the anchorer in the background with the container's managed scheduler. */
@ApplicationScoped
public class AnchorSchedule {

  /** Setting: milliseconds between two anchoring rounds. */
  public static final String INTERVAL = "tracer.anchor.interval-ms";

  private static final Logger LOG = Logger.getLogger(AnchorSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Anchorer anchorer;

  @Inject
  @ConfigProperty(name = INTERVAL, defaultValue = "2000")
  long intervalMillis;

  private ScheduledFuture<?> task;

  public void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            this::round, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Seals batches until the backlog is empty; a failure is retried at the next round. */
  void round() {
    try {
      while (anchorer.sealNextBatch() > 0) {
        // keep going while there is a backlog
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anchoring round failed; retrying at the next round", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
