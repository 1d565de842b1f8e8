package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.MerkleTree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Seals unanchored traces, oldest first, into batches under a Merkle root. Traces are taken in
 * sequence order and each is assigned to exactly one batch, so nothing is sealed twice.
 */
@ApplicationScoped
public class Anchorer {

  @Inject EntityManager em;
  @Inject Clock clock;

  private final TracerSettings settings = TracerSettings.current();

  /** The most traces sealed under one root. */
  public int batchSize() {
    return settings.anchorBatchSize();
  }

  /** The mode batches are sealed in from now on. */
  public AnchorBatch.Mode mode() {
    return settings.anchorMode();
  }

  /** Seals the next batch if there are unanchored traces; returns how many it sealed. */
  @Transactional
  public int sealNextBatch() {
    // only sequence and hash are needed: loading whole traces made sealing trail the writers
    List<Object[]> chained =
        em.createQuery(
                "select t.sequence, t.hash from Trace t where t.batchId is null"
                    + " and t.sequence is not null order by t.sequence",
                Object[].class)
            .setMaxResults(batchSize())
            .getResultList();
    if (chained.isEmpty()) {
      return 0;
    }
    long id =
        em.createQuery("select coalesce(max(b.id), 0) from AnchorBatch b", Long.class)
                .getSingleResult()
            + 1;
    long from = (Long) chained.get(0)[0];
    long to = (Long) chained.get(chained.size() - 1)[0];
    MerkleTree tree = MerkleTree.ofHexHashes(chained.stream().map(row -> (String) row[1]).toList());
    em.persist(
        new AnchorBatch(
            id, from, to, HexFormat.of().formatHex(tree.root()), mode(), clock.instant()));
    em.flush(); // the batch row first: traces reference it
    int assigned =
        em.createQuery(
                "update Trace t set t.batchId = :batch"
                    + " where t.sequence between :from and :to and t.batchId is null")
            .setParameter("batch", id)
            .setParameter("from", from)
            .setParameter("to", to)
            .executeUpdate();
    if (assigned != chained.size()) {
      // the chain has a gap or another sealer raced this one: roll back, seal again next round
      throw new IllegalStateException(
          "batch " + id + " covers " + chained.size() + " traces but " + assigned + " matched");
    }
    return assigned;
  }
}
