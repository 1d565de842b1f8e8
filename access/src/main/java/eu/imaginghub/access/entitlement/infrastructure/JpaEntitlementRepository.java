package eu.imaginghub.access.entitlement.infrastructure;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEntitlementRepository implements EntitlementRepository {

  private static final String ORDER = " order by e.endsAt, e.id";

  /** Active at :at; a revocation counts from its instant on, as the status rule has it. */
  private static final String ACTIVE =
      "e.startsAt <= :at and e.endsAt > :at and (e.revokedAt is null or e.revokedAt > :at)";

  @Inject EntityManager em;

  @Override
  public void add(Entitlement entitlement) {
    em.persist(entitlement);
  }

  @Override
  public Optional<Entitlement> find(String id) {
    return Optional.ofNullable(em.find(Entitlement.class, id));
  }

  @Override
  public List<Entitlement> all() {
    return em.createQuery("select e from Entitlement e" + ORDER, Entitlement.class).getResultList();
  }

  @Override
  public List<Entitlement> ofProjectsOrCommittees(
      Collection<String> projectCodes, Collection<String> committeeIds) {
    if (projectCodes.isEmpty() && committeeIds.isEmpty()) {
      return List.of();
    }
    // an empty "in ()" is not valid everywhere: a value no id has stands in for none
    return em.createQuery(
            "select e from Entitlement e where e.projectCode in :projects"
                + " or e.committeeId in :committees"
                + ORDER,
            Entitlement.class)
        .setParameter("projects", projectCodes.isEmpty() ? List.of("") : projectCodes)
        .setParameter("committees", committeeIds.isEmpty() ? List.of("") : committeeIds)
        .getResultList();
  }

  @Override
  public List<Entitlement> activeOfProject(String projectCode, Instant at) {
    return em.createQuery(
            "select e from Entitlement e where e.projectCode = :project and " + ACTIVE + ORDER,
            Entitlement.class)
        .setParameter("project", projectCode)
        .setParameter("at", at)
        .getResultList();
  }

  @Override
  public List<Entitlement> unendedOfDataset(String datasetId, Instant at) {
    return em.createQuery(
            "select e from Entitlement e where e.datasetId = :dataset and e.endsAt > :at"
                + " and e.revokedAt is null"
                + ORDER,
            Entitlement.class)
        .setParameter("dataset", datasetId)
        .setParameter("at", at)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<Entitlement> activeFor(String projectCode, String datasetId, Instant at) {
    // several approvals may cover the same dataset: the one lasting longest answers
    return em.createQuery(
            "select e from Entitlement e where e.projectCode = :project"
                + " and e.datasetId = :dataset and "
                + ACTIVE
                + " order by e.endsAt desc, e.id",
            Entitlement.class)
        .setParameter("project", projectCode)
        .setParameter("dataset", datasetId)
        .setParameter("at", at)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<String> dueForWarning(Instant now, Instant until, int limit) {
    return em.createQuery(
            "select e.id from Entitlement e where e.warnedAt is null and e.revokedAt is null"
                + " and e.endsAt > :now and e.endsAt <= :until"
                + ORDER,
            String.class)
        .setParameter("now", now)
        .setParameter("until", until)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> dueForExpiry(Instant now, int limit) {
    return em.createQuery(
            "select e.id from Entitlement e where e.expiryRecordedAt is null"
                + " and e.revokedAt is null and e.endsAt <= :now"
                + ORDER,
            String.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean claimWarning(String id, Instant now) {
    // raising the version makes a revocation loaded before this claim fail instead of writing
    // the old (null) claim back
    return em.createQuery(
                "update Entitlement e set e.warnedAt = :now, e.version = e.version + 1"
                    + " where e.id = :id and e.warnedAt is null and e.revokedAt is null")
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean claimExpiry(String id, Instant now) {
    return em.createQuery(
                "update Entitlement e set e.expiryRecordedAt = :now, e.version = e.version + 1"
                    + " where e.id = :id and e.expiryRecordedAt is null and e.revokedAt is null"
                    + " and e.endsAt <= :now")
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }
}
