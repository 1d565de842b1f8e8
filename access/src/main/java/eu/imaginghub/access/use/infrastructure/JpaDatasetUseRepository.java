package eu.imaginghub.access.use.infrastructure;

import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.DatasetUseRepository;
import eu.imaginghub.access.use.domain.UseKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDatasetUseRepository implements DatasetUseRepository {

  @Inject EntityManager em;

  @Override
  public void add(DatasetUse use) {
    em.persist(use);
  }

  @Override
  public Optional<DatasetUse> find(String id) {
    return Optional.ofNullable(em.find(DatasetUse.class, id));
  }

  @Override
  public List<DatasetUse> ofDataset(
      String datasetId, Collection<String> projects, int offset, int limit) {
    if (projects != null && projects.isEmpty()) {
      return List.of();
    }
    // the ids first, then the uses: paging a fetch of a collection would page in memory
    TypedQuery<String> ids =
        usesOf(
            "select u.id", " order by u.recordedAt desc, u.id", String.class, datasetId, projects);
    List<String> page = ids.setFirstResult(offset).setMaxResults(limit).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select u from DatasetUse u where u.id in :ids order by u.recordedAt desc, u.id",
            DatasetUse.class)
        .setParameter("ids", page)
        .getResultList();
  }

  @Override
  public long countOfDataset(String datasetId, Collection<String> projects) {
    if (projects != null && projects.isEmpty()) {
      return 0;
    }
    return usesOf("select count(u)", "", Long.class, datasetId, projects).getSingleResult();
  }

  /** The uses of a dataset, of these projects unless null: one query for a page and its count. */
  private <T> TypedQuery<T> usesOf(
      String select, String order, Class<T> type, String datasetId, Collection<String> projects) {
    TypedQuery<T> query =
        em.createQuery(
            select
                + " from DatasetUse u where exists (select 1 from DatasetUse v join"
                + " v.datasets d where v = u and d.datasetId = :dataset)"
                + (projects == null ? "" : " and u.projectCode in :projects")
                + order,
            type);
    query.setParameter("dataset", datasetId);
    if (projects != null) {
      query.setParameter("projects", projects);
    }
    return query;
  }

  @Override
  public List<DatasetUse> reportsOfModel(String modelId) {
    return em.createQuery(
            "select u from DatasetUse u where u.modelId = :model and u.kind = :kind"
                + " order by u.recordedAt, u.id",
            DatasetUse.class)
        .setParameter("model", modelId)
        .setParameter("kind", UseKind.REPORT)
        .getResultList();
  }
}
