package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs due publications every {@code catalogue.zenodo.poll-ms}. The start of the hub starts it;
 * what a hub that stopped or crashed left half done is taken over by the next round of any instance
 * once its lease ends.
 */
@ApplicationScoped
public class PublicationSchedule {

  private static final Logger LOG = Logger.getLogger(PublicationSchedule.class.getName());
  private static final int PER_ROUND = 10;

  /** This instance's name in the leases it takes. */
  private final String worker = "hub-" + UUID.randomUUID();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PublicationLeases leases;
  @Inject PublicationRun run;
  @Inject FakeZenodoHost fake;

  private ScheduledFuture<?> task;

  public synchronized void start() {
    fake.running();
    long poll = CatalogueSettings.current().zenodoPoll().toMillis();
    task = scheduler.scheduleWithFixedDelay(this::round, poll, poll, TimeUnit.MILLISECONDS);
  }

  void round() {
    try {
      for (String id : leases.take(worker, PER_ROUND)) {
        run.run(id, worker);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Publication round failed; retrying at the next round", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
