package eu.imaginghub.tracer.trace.infrastructure;

import eu.imaginghub.tracer.trace.domain.ChainContent;
import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.ChainLink;
import eu.imaginghub.tracer.trace.domain.SealableTrace;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceFilter;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class JpaTraceRepository implements TraceRepository {

  @Inject EntityManager em;

  protected JpaTraceRepository() {}

  /** Outside a container (tools, benchmarks): the caller owns the transactions. */
  public JpaTraceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Trace trace) {
    em.persist(trace);
  }

  @Override
  public Optional<Trace> find(String id) {
    return Optional.ofNullable(em.find(Trace.class, id));
  }

  @Override
  public long count(TraceFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    TypedQuery<Long> count =
        em.createQuery("select count(t) from Trace t" + where(filter, params), Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public List<Trace> page(TraceFilter filter, int first, int max) {
    Map<String, Object> params = new LinkedHashMap<>();
    TypedQuery<Trace> page =
        em.createQuery(
            "select t from Trace t"
                + where(filter, params)
                + " order by t.recordedAt desc, t.id desc",
            Trace.class);
    params.forEach(page::setParameter);
    return page.setFirstResult(first).setMaxResults(max).getResultList();
  }

  private static String where(TraceFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    condition(where, params, filter.dataset(), "dataset", " and :dataset member of t.datasetIds");
    condition(where, params, filter.action(), "action", " and t.action = :action");
    if (filter.user() != null && !filter.alsoDatasets().isEmpty()) {
      where.append(
          " and (t.userPseudonym = :user or exists (select 1 from Trace g join g.datasetIds d"
              + " where g = t and d in :granted))");
      params.put("user", filter.user());
      params.put("granted", filter.alsoDatasets());
    } else {
      condition(where, params, filter.user(), "user", " and t.userPseudonym = :user");
    }
    condition(where, params, filter.from(), "from", " and t.recordedAt >= :from");
    condition(where, params, filter.to(), "to", " and t.recordedAt < :to");
    return where.toString();
  }

  /** Only the filters given become conditions: no "null or" tricks the databases type apart. */
  private static void condition(
      StringBuilder where, Map<String, Object> params, Object value, String name, String clause) {
    if (value != null) {
      where.append(clause);
      params.put(name, value);
    }
  }

  @Override
  public Optional<Trace> newestNaming(String datasetId) {
    return em.createQuery(
            "select t from Trace t where :dataset member of t.datasetIds"
                + " order by t.recordedAt desc, t.id desc",
            Trace.class)
        .setParameter("dataset", datasetId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public ChainHead lockHead() {
    return em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<ChainContent> unchained(int max) {
    return ChainContentQuery.oldestUnchained(em, max);
  }

  @Override
  public void link(List<ChainLink> links) {
    em.unwrap(Session.class).doWork(connection -> ChainLinkWriter.write(connection, links));
  }

  @Override
  public List<Trace> inSequence(long from, long to, int max) {
    return em.createQuery(
            "select t from Trace t where t.sequence between :from and :to order by t.sequence",
            Trace.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Optional<String> hashAt(long sequence) {
    return em.createQuery("select t.hash from Trace t where t.sequence = :s", String.class)
        .setParameter("s", sequence)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long lastSequence() {
    return em.createQuery("select coalesce(max(t.sequence), 0) from Trace t", Long.class)
        .getSingleResult();
  }

  @Override
  public List<SealableTrace> unsealed(int max) {
    return em.createQuery(
            "select t.sequence, t.hash from Trace t where t.batchId is null"
                + " and t.sequence is not null order by t.sequence",
            Object[].class)
        .setMaxResults(max)
        .getResultStream()
        .map(row -> new SealableTrace((Long) row[0], (String) row[1]))
        .toList();
  }

  @Override
  public int seal(long batchId, long from, long to) {
    return em.createQuery(
            "update Trace t set t.batchId = :batch"
                + " where t.sequence between :from and :to and t.batchId is null")
        .setParameter("batch", batchId)
        .setParameter("from", from)
        .setParameter("to", to)
        .executeUpdate();
  }

  @Override
  public long countUnsealed() {
    return em.createQuery("select count(t) from Trace t where t.batchId is null", Long.class)
        .getSingleResult();
  }
}
