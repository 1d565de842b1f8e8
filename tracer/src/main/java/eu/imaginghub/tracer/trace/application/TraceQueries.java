package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.MerkleTree;
import eu.imaginghub.tracer.trace.domain.Trace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading the trace log: filtered pages, and the Merkle proof of one trace. */
@ApplicationScoped
@Transactional
public class TraceQueries {

  /** A page of traces and the total matching. */
  public record TracePage(long total, List<Trace> traces) {}

  /** A trace's membership proof in its batch. */
  public record Proof(
      Trace trace, AnchorBatch batch, int leafIndex, List<MerkleTree.ProofStep> path) {
    public String computedRoot() {
      return HexFormat.of()
          .formatHex(MerkleTree.rootFrom(HexFormat.of().parseHex(trace.hash()), path));
    }
  }

  @Inject EntityManager em;

  public TracePage find(TraceFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    condition(where, params, filter.dataset(), "dataset", " and :dataset member of t.datasetIds");
    condition(where, params, filter.action(), "action", " and t.action = :action");
    condition(where, params, filter.user(), "user", " and t.userPseudonym = :user");
    condition(where, params, filter.from(), "from", " and t.recordedAt >= :from");
    condition(where, params, filter.to(), "to", " and t.recordedAt < :to");
    TypedQuery<Long> count = em.createQuery("select count(t) from Trace t" + where, Long.class);
    TypedQuery<Trace> page =
        em.createQuery(
            "select t from Trace t" + where + " order by t.recordedAt desc, t.id desc",
            Trace.class);
    params.forEach(count::setParameter);
    params.forEach(page::setParameter);
    long total = count.getSingleResult();
    // a page past the end is empty; its offset may not even fit an int
    long first = (long) (filter.page() - 1) * filter.size();
    if (first >= total) {
      return new TracePage(total, List.of());
    }
    page.setFirstResult((int) first).setMaxResults(filter.size());
    return new TracePage(total, page.getResultList());
  }

  /** Only the filters given become conditions: no "null or" tricks the databases type apart. */
  private static void condition(
      StringBuilder where, Map<String, Object> params, Object value, String name, String clause) {
    if (value != null) {
      where.append(clause);
      params.put(name, value);
    }
  }

  /** The newest trace naming the dataset, if any. */
  public Optional<LatestTrace> latestFor(String datasetId) {
    return em.createQuery(
            "select t from Trace t where :dataset member of t.datasetIds"
                + " order by t.recordedAt desc, t.id desc",
            Trace.class)
        .setParameter("dataset", datasetId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            t ->
                new LatestTrace(
                    t.id(),
                    t.isChained() ? t.sequence() : null,
                    t.action(),
                    t.recordedAt(),
                    t.contentHashes()));
  }

  public Optional<Trace> get(UUID id) {
    return Optional.ofNullable(em.find(Trace.class, id.toString()));
  }

  /** The proof of a sealed trace; empty while it waits for its batch. */
  public Optional<Proof> proof(Trace trace) {
    if (trace.batchId().isEmpty()) {
      return Optional.empty();
    }
    AnchorBatch batch = em.find(AnchorBatch.class, trace.batchId().get());
    List<Trace> members = batchMembers(batch);
    int index = (int) (trace.sequence() - batch.firstSequence());
    return Optional.of(new Proof(trace, batch, index, tree(members).proof(index)));
  }

  List<Trace> batchMembers(AnchorBatch batch) {
    return em.createQuery(
            "select t from Trace t where t.sequence between :first and :last order by t.sequence",
            Trace.class)
        .setParameter("first", batch.firstSequence())
        .setParameter("last", batch.lastSequence())
        .getResultList();
  }

  /** The Merkle tree over traces' hashes, in sequence order, as the anchorer sealed it. */
  static MerkleTree tree(List<Trace> traces) {
    return MerkleTree.ofHexHashes(traces.stream().map(Trace::hash).toList());
  }
}
