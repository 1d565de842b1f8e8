package eu.imaginghub.harvester.run.application;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reading run reports: admins and the node's operators see a node's runs. */
@ApplicationScoped
@Transactional
public class HarvestRuns {

  @Inject HarvestRunRepository runs;

  public HarvestRun get(String runId, Viewer viewer) {
    HarvestRun run = runs.find(runId).orElseThrow(() -> ProblemException.notFound("run", runId));
    if (!viewer.operates(run.nodeId())) {
      viewer.requireOperator(run.nodeId());
    }
    return run;
  }

  public List<HarvestRun> ofNode(String nodeId, int limit, Viewer viewer) {
    viewer.requireOperator(nodeId);
    return runs.ofNode(nodeId, limit);
  }
}
