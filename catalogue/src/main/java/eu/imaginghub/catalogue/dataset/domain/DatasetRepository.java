package eu.imaginghub.catalogue.dataset.domain;

import java.util.List;
import java.util.Optional;

/** All datasets the hub knows, withdrawn ones included. */
public interface DatasetRepository {

  Optional<Dataset> find(DatasetId id);

  /** Loads the given datasets in the given order, skipping unknown ids. */
  List<Dataset> findAll(List<DatasetId> ids);

  void add(Dataset dataset);
}
