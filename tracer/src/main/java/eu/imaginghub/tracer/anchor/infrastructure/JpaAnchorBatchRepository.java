package eu.imaginghub.tracer.anchor.infrastructure;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.anchor.domain.ChainContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAnchorBatchRepository implements AnchorBatchRepository {

  @Inject EntityManager em;

  @Override
  public Optional<AnchorBatch> find(long id) {
    return Optional.ofNullable(em.find(AnchorBatch.class, id));
  }

  @Override
  public long nextId() {
    return em.createQuery("select coalesce(max(b.id), 0) from AnchorBatch b", Long.class)
            .getSingleResult()
        + 1;
  }

  @Override
  public void add(AnchorBatch batch) {
    em.persist(batch);
    em.flush();
  }

  @Override
  public List<AnchorBatch> onChain(AnchorBatch.Status status, int limit) {
    return em.createQuery(
            "select b from AnchorBatch b where b.mode = :mode and b.status = :status order by b.id",
            AnchorBatch.class)
        .setParameter("mode", AnchorBatch.Mode.CHAIN)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AnchorBatch> sentToAnyRegistry() {
    return em.createQuery(
            "select b from AnchorBatch b where b.mode = :mode and b.status <> :sealed",
            AnchorBatch.class)
        .setParameter("mode", AnchorBatch.Mode.CHAIN)
        .setParameter("sealed", AnchorBatch.Status.SEALED)
        .getResultList();
  }

  @Override
  public List<AnchorBatch> sentToOtherRegistryThan(String address) {
    return em.createQuery(
            "select b from AnchorBatch b where b.mode = :mode and b.status <> :sealed"
                + " and b.contractAddress <> :address",
            AnchorBatch.class)
        .setParameter("mode", AnchorBatch.Mode.CHAIN)
        .setParameter("sealed", AnchorBatch.Status.SEALED)
        .setParameter("address", address)
        .getResultList();
  }

  @Override
  public Map<AnchorBatch.Status, Long> countByStatus() {
    Map<AnchorBatch.Status, Long> counts = new EnumMap<>(AnchorBatch.Status.class);
    em.createQuery("select b.status, count(b) from AnchorBatch b group by b.status", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((AnchorBatch.Status) row[0], (Long) row[1]));
    return counts;
  }

  @Override
  public Optional<AnchorBatch> newestConfirmedOnChain() {
    return em.createQuery(
            "select b from AnchorBatch b where b.mode = :chain and b.status = :confirmed"
                + " order by b.id desc",
            AnchorBatch.class)
        .setParameter("chain", AnchorBatch.Mode.CHAIN)
        .setParameter("confirmed", AnchorBatch.Status.CONFIRMED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<AnchorBatch> covering(long from, long to) {
    return em.createQuery(
            "select b from AnchorBatch b where b.lastSequence >= :from and b.firstSequence <= :to"
                + " order by b.id",
            AnchorBatch.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public Optional<ChainContract> contract(long chainId) {
    return Optional.ofNullable(em.find(ChainContract.class, chainId));
  }

  @Override
  public void add(ChainContract contract) {
    em.persist(contract);
  }
}
