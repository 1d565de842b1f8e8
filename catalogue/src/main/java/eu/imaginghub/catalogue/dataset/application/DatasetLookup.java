package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The published port through which other modules read datasets by id (the repository itself is not
 * published). It applies no visibility rule: withdrawn and unreleased datasets are returned too,
 * and the caller decides what its own callers may see. Joins the caller's transaction.
 */
@ApplicationScoped
public class DatasetLookup {

  @Inject DatasetRepository datasets;

  public Optional<Dataset> find(String id) {
    return id == null || id.isBlank() ? Optional.empty() : datasets.find(new DatasetId(id));
  }

  /** The datasets with these ids, in their order, unknown ids skipped. */
  public List<Dataset> findAll(Collection<String> ids) {
    return datasets.findAll(ids.stream().distinct().map(DatasetId::new).toList());
  }
}
