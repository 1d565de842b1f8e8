package eu.imaginghub.catalogue.dataset.domain;

import eu.imaginghub.catalogue.node.domain.NodeId;
import java.util.List;
import java.util.Optional;

/** All datasets the hub knows, withdrawn ones included. */
public interface DatasetRepository {

  Optional<Dataset> find(DatasetId id);

  /**
   * Loads the dataset locked until the transaction ends, for a change: the hub's own background
   * work (a DOI landing on the row) then waits for a person's step instead of failing it.
   */
  Optional<Dataset> findForUpdate(DatasetId id);

  /** Loads the given datasets in the given order, skipping unknown ids. */
  List<Dataset> findAll(List<DatasetId> ids);

  /** The local ids of the node's datasets that are not withdrawn. */
  List<String> liveLocalIds(NodeId node);

  void add(Dataset dataset);

  /** The frozen earlier versions of the dataset, oldest first. */
  List<DatasetVersion> versions(DatasetId id);

  Optional<DatasetVersion> version(DatasetId id, int number);

  void add(DatasetVersion version);

  /** The dataset's history, oldest step first. */
  List<DatasetLifecycleEvent> history(DatasetId id);

  void add(DatasetLifecycleEvent event);
}
