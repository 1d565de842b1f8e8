package eu.imaginghub.harvester.run.domain;

import java.util.List;
import java.util.Optional;

/** The harvest runs of all nodes. */
public interface HarvestRunRepository {

  Optional<HarvestRun> find(String id);

  /** The node's runs, newest first. */
  List<HarvestRun> ofNode(String nodeId, int limit);

  void add(HarvestRun run);
}
