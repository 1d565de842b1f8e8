package eu.imaginghub.harvester.run.infrastructure;

import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Records each finished harvest run in the trace log, in the transaction that ends the run. It sits
 * apart from the run services because pushes end runs too: both use it, neither through the other.
 */
@ApplicationScoped
public class RunTraces {

  static final String CALLER = "harvester";

  @Inject TraceLog log;

  public void finished(HarvestRun run, Viewer actingFor) {
    log.record(
        TraceEntry.of(
            CALLER,
            actingFor.subject(),
            TraceAction.HARVEST_RUN,
            List.of(),
            Map.of(
                "node", run.nodeId(),
                "run", run.id(),
                "trigger", run.trigger().name(),
                "status", run.status().name(),
                "counts",
                    "added="
                        + run.added()
                        + " updated="
                        + run.updated()
                        + " unchanged="
                        + run.unchanged()
                        + " withdrawn="
                        + run.withdrawn()
                        + " invalid="
                        + run.invalid(),
                "source", run.sourceUrl().orElse("push")),
            List.of()));
  }
}
