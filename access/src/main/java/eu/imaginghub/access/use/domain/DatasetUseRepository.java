package eu.imaginghub.access.use.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every use checked or reported, never deleted. */
public interface DatasetUseRepository {

  void add(DatasetUse use);

  Optional<DatasetUse> find(String id);

  /**
   * The uses naming a dataset, newest first.
   *
   * @param projects only uses for these projects; null for all
   */
  List<DatasetUse> ofDataset(String datasetId, Collection<String> projects, int offset, int limit);

  long countOfDataset(String datasetId, Collection<String> projects);

  /** The reported uses that trained or ran the model, oldest first. */
  List<DatasetUse> reportsOfModel(String modelId);
}
