package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetLifecycleEvent;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.DatasetVersion;
import eu.imaginghub.catalogue.node.domain.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Datasets and their frozen versions kept in memory; lifecycle events, which publishing never reads
 * nor writes, are not kept.
 */
final class InMemoryDatasets implements DatasetRepository {

  private final Map<String, Dataset> byId = new LinkedHashMap<>();
  private final List<DatasetVersion> versions = new ArrayList<>();

  @Override
  public Optional<Dataset> find(DatasetId id) {
    return Optional.ofNullable(byId.get(id.value()));
  }

  @Override
  public Optional<Dataset> findForUpdate(DatasetId id) {
    return find(id);
  }

  @Override
  public List<Dataset> findAll(List<DatasetId> ids) {
    return ids.stream().map(id -> byId.get(id.value())).filter(Objects::nonNull).toList();
  }

  @Override
  public List<String> liveLocalIds(NodeId node) {
    return byId.values().stream()
        .filter(d -> d.node().id().equals(node) && d.withdrawnAt().isEmpty())
        .map(Dataset::localId)
        .sorted()
        .toList();
  }

  @Override
  public void add(Dataset dataset) {
    byId.put(dataset.id().value(), dataset);
  }

  @Override
  public List<DatasetVersion> versions(DatasetId id) {
    return versions.stream().filter(v -> v.datasetId().equals(id)).toList();
  }

  @Override
  public Optional<DatasetVersion> version(DatasetId id, int number) {
    return versions(id).stream().filter(v -> v.version() == number).findFirst();
  }

  @Override
  public void add(DatasetVersion version) {
    versions.add(version);
  }

  @Override
  public List<DatasetLifecycleEvent> history(DatasetId id) {
    throw new UnsupportedOperationException("no lifecycle events are kept here");
  }

  @Override
  public void add(DatasetLifecycleEvent event) {
    throw new UnsupportedOperationException("no lifecycle events are kept here");
  }
}
