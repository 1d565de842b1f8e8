package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainContract;
import eu.imaginghub.tracer.anchor.domain.ChainTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The anchoring state kept in the database, each change in its own short transaction: chain calls
 * happen outside transactions, so a slow node never holds a database lock.
 */
@ApplicationScoped
@Transactional
public class AnchorBatches {

  @Inject EntityManager em;
  @Inject Clock clock;

  /** Chain batches in a given status, oldest first. */
  public List<AnchorBatch> inStatus(AnchorBatch.Status status, int limit) {
    return em.createQuery(
            "select b from AnchorBatch b where b.mode = :mode and b.status = :status order by b.id",
            AnchorBatch.class)
        .setParameter("mode", AnchorBatch.Mode.CHAIN)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }

  public void sent(long batchId, ChainTransaction tx) {
    em.find(AnchorBatch.class, batchId).sent(tx, clock.instant());
  }

  public void confirmed(long batchId, long block) {
    em.find(AnchorBatch.class, batchId).confirmed(block, clock.instant());
  }

  public void resend(long batchId) {
    em.find(AnchorBatch.class, batchId).resend();
  }

  /**
   * Puts back every batch sent to another registry than the current one: the chain lost it (a reset
   * development chain), so its roots must be written again.
   */
  public int resendAllNotOn(String contractAddress) {
    List<AnchorBatch> stale =
        em.createQuery(
                "select b from AnchorBatch b where b.mode = :mode and b.status <> :sealed"
                    + " and b.contractAddress <> :address",
                AnchorBatch.class)
            .setParameter("mode", AnchorBatch.Mode.CHAIN)
            .setParameter("sealed", AnchorBatch.Status.SEALED)
            .setParameter("address", contractAddress)
            .getResultList();
    stale.forEach(AnchorBatch::resend);
    return stale.size();
  }

  /** Puts back every chain batch: the registry holding them was lost with its chain's state. */
  public int resendAll() {
    List<AnchorBatch> sent =
        em.createQuery(
                "select b from AnchorBatch b where b.mode = :mode and b.status <> :sealed",
                AnchorBatch.class)
            .setParameter("mode", AnchorBatch.Mode.CHAIN)
            .setParameter("sealed", AnchorBatch.Status.SEALED)
            .getResultList();
    sent.forEach(AnchorBatch::resend);
    return sent.size();
  }

  public Optional<ChainContract> contract(long chainId) {
    return Optional.ofNullable(em.find(ChainContract.class, chainId));
  }

  public void rememberContract(long chainId, String address) {
    ChainContract known = em.find(ChainContract.class, chainId);
    if (known == null) {
      em.persist(new ChainContract(chainId, address, clock.instant()));
    } else {
      known.replacedBy(address, clock.instant());
    }
  }
}
