package eu.imaginghub.catalogue.dataset.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetLifecycleEvent;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.dataset.domain.DatasetVersion;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.vocabulary.domain.RecordedLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaDatasetRepository implements DatasetRepository, RecordedLabels {

  @Inject EntityManager em;

  @Override
  public Optional<Dataset> find(DatasetId id) {
    return Optional.ofNullable(em.find(Dataset.class, id.value()));
  }

  @Override
  public Optional<Dataset> findForUpdate(DatasetId id) {
    return Optional.ofNullable(em.find(Dataset.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Dataset> findAll(List<DatasetId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> keys = ids.stream().map(DatasetId::value).toList();
    Map<String, Dataset> byId =
        em
            .createQuery(
                "select d from Dataset d join fetch d.node where d.id in :ids", Dataset.class)
            .setParameter("ids", keys)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(d -> d.id().value(), Function.identity()));
    return keys.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  @Override
  public List<String> liveLocalIds(NodeId node) {
    return em.createQuery(
            "select d.localId from Dataset d where d.node.id = :node and d.withdrawnAt is null"
                + " order by d.localId",
            String.class)
        .setParameter("node", node.value())
        .getResultList();
  }

  @Override
  public void add(Dataset dataset) {
    em.persist(dataset);
  }

  @Override
  public List<DatasetVersion> versions(DatasetId id) {
    return ofDataset(
            "select v from DatasetVersion v where v.datasetId = :id order by v.version",
            DatasetVersion.class,
            id)
        .getResultList();
  }

  @Override
  public Optional<DatasetVersion> version(DatasetId id, int number) {
    return ofDataset(
            "select v from DatasetVersion v where v.datasetId = :id and v.version = :n",
            DatasetVersion.class,
            id)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(DatasetVersion version) {
    em.persist(version);
  }

  @Override
  public List<DatasetLifecycleEvent> history(DatasetId id) {
    return ofDataset(
            "select e from DatasetLifecycleEvent e where e.datasetId = :id order by e.at, e.version",
            DatasetLifecycleEvent.class,
            id)
        .getResultList();
  }

  @Override
  public void add(DatasetLifecycleEvent event) {
    em.persist(event);
  }

  /** A query of rows kept by dataset id (versions, lifecycle events), {@code :id} set. */
  private <T> TypedQuery<T> ofDataset(String jpql, Class<T> type, DatasetId id) {
    return em.createQuery(jpql, type).setParameter("id", id.value());
  }

  // its own transaction when asked outside one: labels are looked up while answers are written
  @Override
  @Transactional
  public Optional<String> labelOf(String iri) {
    List<String> stored =
        em.createNativeQuery(
                "select label from dataset_code where iri = ?1 and label is not null", String.class)
            .setParameter(1, iri)
            .setMaxResults(1)
            .getResultList();
    return stored.stream().findFirst();
  }
}
