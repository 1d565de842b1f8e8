package eu.imaginghub.harvester.source.domain;

import java.util.List;
import java.util.Optional;

/** The nodes' harvest sources, one per node. */
public interface HarvestSourceRepository {

  Optional<HarvestSource> find(String nodeId);

  /**
   * The source, locked for update: a pull starts under this lock, so one node never has two runs at
   * once, even across hub instances.
   */
  Optional<HarvestSource> findForUpdate(String nodeId);

  void add(HarvestSource source);

  /** The sources that are pulled on their schedule. */
  List<HarvestSource> enabled();
}
