package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.AccessSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expiry round, run in the background with the container's managed scheduler: it warns the
 * holders of entitlements that end within the warning period and records the expiry of those that
 * ended, once each. Entitlements end at their end whether or not it runs; it only makes the ending
 * known. Every instance of the hub may run it: the claims in {@link ExpiryRecorder} keep each
 * action single.
 */
@ApplicationScoped
public class ExpirySchedule {

  private static final Logger LOG = Logger.getLogger(ExpirySchedule.class.getName());

  /** Claims per query: a backlog is worked off in several queries within one round. */
  static final int BATCH = 100;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ExpiryRecorder recorder;

  private final AccessSettings settings = AccessSettings.current();
  private ScheduledFuture<?> task;

  public synchronized void start() {
    if (task != null) {
      return;
    }
    long interval = settings.entitlementCheckInterval().toMillis();
    task = scheduler.scheduleWithFixedDelay(this::round, 0, interval, TimeUnit.MILLISECONDS);
  }

  /** Warns, then records expiries, until nothing is due; a failure waits for the next round. */
  void round() {
    try {
      while (work(recorder.dueForWarning(settings.entitlementWarning(), BATCH), recorder::warn)) {
        // next batch
      }
      while (work(recorder.dueForExpiry(BATCH), recorder::expire)) {
        // next batch
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Entitlement expiry round failed; retrying at the next round", e);
    }
  }

  /**
   * Acts on each entitlement in its own transaction; one that fails does not hold back the others.
   *
   * @return whether another batch may be waiting
   */
  private static boolean work(List<String> due, Predicate<String> action) {
    int done = 0;
    for (String id : due) {
      try {
        action.test(id);
        done++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Entitlement " + id + ": expiry action failed, retried later", e);
      }
    }
    return due.size() == BATCH && done > 0;
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
