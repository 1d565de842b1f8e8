package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.MerkleTree;
import eu.imaginghub.tracer.trace.domain.Trace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals unanchored traces, oldest first, into batches under a Merkle root. Traces are taken in
 * sequence order and each is assigned to exactly one batch, so nothing is sealed twice.
 */
@ApplicationScoped
public class Anchorer {

  /** Setting: the largest number of traces sealed under one root. */
  public static final String BATCH_SIZE = "tracer.anchor.batch-size";

  /** Setting: {@code local} seals roots in the database only, {@code chain} also anchors them. */
  public static final String MODE = "tracer.anchor.mode";

  @Inject EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = BATCH_SIZE, defaultValue = "1000")
  int batchSize;

  @Inject
  @ConfigProperty(name = MODE, defaultValue = "local")
  String mode;

  /** The most traces sealed under one root. */
  public int batchSize() {
    return batchSize;
  }

  /** The mode batches are sealed in from now on. */
  public AnchorBatch.Mode mode() {
    return switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "local" -> AnchorBatch.Mode.LOCAL;
      case "chain" -> AnchorBatch.Mode.CHAIN;
      default -> throw new IllegalStateException(MODE + " must be 'local' or 'chain', not " + mode);
    };
  }

  /** Seals the next batch if there are unanchored traces; returns how many it sealed. */
  @Transactional
  public int sealNextBatch() {
    List<Trace> traces =
        em.createQuery(
                "select t from Trace t where t.batchId is null and t.sequence is not null"
                    + " order by t.sequence",
                Trace.class)
            .setMaxResults(batchSize)
            .getResultList();
    if (traces.isEmpty()) {
      return 0;
    }
    long id =
        em.createQuery("select coalesce(max(b.id), 0) from AnchorBatch b", Long.class)
                .getSingleResult()
            + 1;
    String root = HexFormat.of().formatHex(tree(traces).root());
    AnchorBatch batch =
        new AnchorBatch(
            id,
            traces.get(0).sequence(),
            traces.get(traces.size() - 1).sequence(),
            root,
            mode(),
            clock.instant());
    em.persist(batch);
    traces.forEach(t -> t.assignTo(id));
    return traces.size();
  }

  /** The Merkle tree over traces' hashes, in sequence order. */
  public static MerkleTree tree(List<Trace> traces) {
    return new MerkleTree(traces.stream().map(t -> HexFormat.of().parseHex(t.hash())).toList());
  }
}
