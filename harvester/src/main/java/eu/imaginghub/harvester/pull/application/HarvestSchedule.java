package eu.imaginghub.harvester.pull.application;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.run.domain.RunTrigger;
import eu.imaginghub.harvester.source.application.HarvestSources;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts a pull run for every enabled source whose interval has passed since its last pull. */
@ApplicationScoped
public class HarvestSchedule {

  private static final Logger LOG = Logger.getLogger(HarvestSchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject HarvestSources sources;
  @Inject PullHarvest pull;

  private final long checkMillis = HarvesterSettings.current().scheduleCheck().toMillis();

  private ScheduledFuture<?> task;

  public void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            this::round, checkMillis, checkMillis, TimeUnit.MILLISECONDS);
  }

  void round() {
    try {
      sources.due().forEach(this::startQuietly);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Harvest schedule round failed; retrying at the next round", e);
    }
  }

  private void startQuietly(String nodeId) {
    try {
      pull.start(nodeId, RunTrigger.SCHEDULED, PullHarvest.harvesterFor(nodeId));
    } catch (ProblemException e) {
      LOG.fine(() -> "Scheduled harvest of '" + nodeId + "' not started: " + e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
