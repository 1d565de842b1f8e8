package eu.imaginghub.harvester.run.infrastructure;

import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RunRecord;
import eu.imaginghub.harvester.run.domain.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaHarvestRunRepository implements HarvestRunRepository {

  @Inject EntityManager em;

  @Override
  public Optional<HarvestRun> find(String id) {
    return Optional.ofNullable(em.find(HarvestRun.class, id));
  }

  @Override
  public Optional<HarvestRun> findForUpdate(String id) {
    return Optional.ofNullable(em.find(HarvestRun.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<HarvestRun> ofNode(String nodeId, int limit) {
    return em.createQuery(
            "select r from HarvestRun r where r.nodeId = :node order by r.startedAt desc, r.id",
            HarvestRun.class)
        .setParameter("node", nodeId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<HarvestRun> held(String nodeId) {
    return em.createQuery(
            "select r from HarvestRun r where r.nodeId = :node and r.status = :held",
            HarvestRun.class)
        .setParameter("node", nodeId)
        .setParameter("held", RunStatus.HELD)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<HarvestRun> running(String nodeId) {
    return em.createQuery(
            "select r from HarvestRun r where r.nodeId = :node and r.status = :running",
            HarvestRun.class)
        .setParameter("node", nodeId)
        .setParameter("running", RunStatus.RUNNING)
        .getResultList();
  }

  @Override
  public void add(HarvestRun run) {
    em.persist(run);
  }

  @Override
  public void add(RunRecord record) {
    em.persist(record);
  }

  @Override
  public List<RunRecord> records(String runId, int first, int max) {
    return em.createQuery(
            "select r from RunRecord r where r.runId = :run order by r.position", RunRecord.class)
        .setParameter("run", runId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countRecords(String runId) {
    return em.createQuery("select count(r) from RunRecord r where r.runId = :run", Long.class)
        .setParameter("run", runId)
        .getSingleResult();
  }
}
