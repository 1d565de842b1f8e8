package eu.imaginghub.bench.trace;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainContract;
import eu.imaginghub.tracer.trace.application.GroupedTraceLog;
import eu.imaginghub.tracer.trace.application.PseudonymKey;
import eu.imaginghub.tracer.trace.application.PseudonymKeyStore;
import eu.imaginghub.tracer.trace.application.TraceGroups;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import eu.imaginghub.tracer.trace.infrastructure.JpaTraceRepository;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The hub's trace log, opened beside a running hub on the same PostgreSQL database: traces are
 * recorded through the tracer's own {@link TraceLog}, either each in its own committed transaction
 * or through the tracer's group commit ({@link TraceGroups}, what the hub's use checks go through),
 * and the running hub's chainer and anchorer link, seal and anchor them as any other trace.
 */
final class TraceStore implements AutoCloseable {

  private final SessionFactory sessions;
  private final ThreadLocal<EntityManager> entityManagers;
  private final PseudonymKey pseudonymKey;
  private final TraceGroups groups;

  TraceStore(String url, String user, String password, int threads) {
    this.sessions =
        new Configuration()
            .addAnnotatedClass(ChainHead.class)
            .addAnnotatedClass(Trace.class)
            .addAnnotatedClass(AnchorBatch.class)
            .addAnnotatedClass(ChainContract.class)
            .setProperty("hibernate.connection.url", url)
            .setProperty("hibernate.connection.username", user)
            .setProperty("hibernate.connection.password", password)
            .setProperty("hibernate.connection.pool_size", Integer.toString(threads + 4))
            // as the hub writes: batches of up to 500, sent as multi-row inserts
            .setProperty("hibernate.connection.reWriteBatchedInserts", "true")
            .setProperty("hibernate.jdbc.batch_size", "500")
            .setProperty("hibernate.order_inserts", "true")
            .setProperty("hibernate.hbm2ddl.auto", "none")
            .setProperty("hibernate.search.enabled", "false")
            .buildSessionFactory();
    this.entityManagers = ThreadLocal.withInitial(sessions::createEntityManager);
    EntityManager em = entityManagers.get();
    em.getTransaction().begin();
    this.pseudonymKey =
        new PseudonymKey(PseudonymKeyStore.loadOrCreate(new JpaTraceRepository(em)));
    em.getTransaction().commit();
    this.groups =
        new TraceGroups(
            this::writeGroup, Executors.defaultThreadFactory(), GroupedTraceLog.WRITERS);
  }

  /** Records one trace through the group commit: accepted durably when this returns. */
  void recordGrouped(int i) {
    groups.record(entry(i), receipt -> {});
  }

  private List<TraceReceipt> writeGroup(List<TraceGroups.Submission> group) {
    EntityManager em = entityManagers.get();
    em.getTransaction().begin();
    try {
      List<TraceReceipt> receipts = TraceGroups.recordAll(log(em), group);
      em.getTransaction().commit();
      return receipts;
    } catch (RuntimeException e) {
      em.getTransaction().rollback();
      throw e;
    } finally {
      em.clear();
    }
  }

  private TraceLog log(EntityManager em) {
    return new TraceLog(new JpaTraceRepository(em), Clock.systemUTC(), pseudonymKey);
  }

  private static TraceEntry entry(int i) {
    return new TraceEntry(
        "bench",
        "researcher-" + (i % 50),
        TraceAction.USE_DATASETS,
        List.of("bench-node:dataset-" + (i % 1000)),
        "radiomics-pipeline",
        "2.1.0",
        Map.of("project", "benchmark"),
        List.of());
  }

  /** Records one trace of a dataset use and commits it: accepted durably when this returns. */
  void record(int i) {
    EntityManager em = entityManagers.get();
    em.getTransaction().begin();
    try {
      log(em).record(entry(i));
      em.getTransaction().commit();
    } catch (RuntimeException e) {
      em.getTransaction().rollback();
      throw e;
    } finally {
      em.clear();
    }
  }

  /**
   * Waits until every trace recorded since {@code after} sits in a batch confirmed on the chain;
   * returns each one's time from record to anchored, in milliseconds, sorted.
   */
  long[] awaitAnchored(Instant after, Duration patience) throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    String waiting =
        "select count(t) from Trace t where t.recordedAt >= :after and (t.batchId is null or"
            + " t.batchId in (select b.id from AnchorBatch b where b.status <> :confirmed))";
    while (number(waiting, Map.of("after", after, "confirmed", AnchorBatch.Status.CONFIRMED)) > 0) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("traces still not anchored after " + patience);
      }
      Thread.sleep(200);
    }
    return latencies(after);
  }

  /** How many batches, hence chain transactions, hold the traces recorded since {@code after}. */
  long batchesSince(Instant after) {
    return number(
        "select count(distinct t.batchId) from Trace t where t.recordedAt >= :after",
        Map.of("after", after));
  }

  private long[] latencies(Instant after) {
    try (var session = sessions.openSession()) {
      List<Object[]> rows =
          session
              .createNativeQuery(
                  "select t.recorded_at, b.anchored_at from trace t join anchor_batch b"
                      + " on b.id = t.batch_id where t.recorded_at >= :after",
                  Object[].class)
              .setParameter("after", after)
              .getResultList();
      return rows.stream().mapToLong(r -> millis(r[1]) - millis(r[0])).sorted().toArray();
    }
  }

  private static long millis(Object value) {
    if (value instanceof Timestamp t) {
      return t.getTime();
    }
    if (value instanceof Instant i) {
      return i.toEpochMilli();
    }
    return ((java.time.OffsetDateTime) value).toInstant().toEpochMilli();
  }

  private long number(String jpql, Map<String, Object> parameters) {
    try (var session = sessions.openSession()) {
      var query = session.createQuery(jpql, Long.class);
      parameters.forEach(query::setParameter);
      return query.getSingleResult();
    }
  }

  @Override
  public void close() {
    groups.close();
    sessions.close();
  }
}
