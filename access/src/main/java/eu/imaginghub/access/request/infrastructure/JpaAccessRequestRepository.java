package eu.imaginghub.access.request.infrastructure;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.RequestState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessRequestRepository implements AccessRequestRepository {

  @Inject EntityManager em;

  @Override
  public Optional<AccessRequest> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(AccessRequest.class, id));
  }

  @Override
  public Optional<AccessRequest> lock(String id) {
    if (id == null) {
      return Optional.empty();
    }
    AccessRequest request = em.find(AccessRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (request != null) {
      // another transaction may have appended to the timeline while this one waited for the lock
      em.refresh(request);
    }
    return Optional.ofNullable(request);
  }

  @Override
  public List<AccessRequest> ofProjects(Collection<String> projectCodes) {
    if (projectCodes.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from AccessRequest r where r.projectCode in :codes"
                + " order by r.createdAt desc, r.id",
            AccessRequest.class)
        .setParameter("codes", projectCodes)
        .getResultList();
  }

  @Override
  public List<AccessRequest> beforeCommittees(Collection<String> committeeIds) {
    if (committeeIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from AccessRequest r where r.state <> :draft and exists (select 1 from"
                + " RequestPart p where p.request = r and p.committeeId in :ids)"
                + " order by r.createdAt desc, r.id",
            AccessRequest.class)
        .setParameter("draft", RequestState.DRAFT)
        .setParameter("ids", committeeIds)
        .getResultList();
  }

  @Override
  public List<String> namingDataset(String datasetId) {
    return em.createQuery(
            "select r.id from AccessRequest r join r.datasets d where d.datasetId = :dataset"
                + " order by r.createdAt, r.id",
            String.class)
        .setParameter("dataset", datasetId)
        .getResultList();
  }

  @Override
  public List<AccessRequest> all() {
    return em.createQuery(
            "select r from AccessRequest r order by r.createdAt desc, r.id", AccessRequest.class)
        .getResultList();
  }

  @Override
  public void add(AccessRequest request) {
    em.persist(request);
  }
}
