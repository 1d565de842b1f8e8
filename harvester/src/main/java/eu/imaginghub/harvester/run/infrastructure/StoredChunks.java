package eu.imaginghub.harvester.run.infrastructure;

import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.search.mapper.orm.Search;

/**
 * Keeps a run that stores many records in one transaction linear in their number. Every query of
 * the transaction first checks every entity it holds for changes (Hibernate's automatic flush), so
 * with tens of thousands of datasets, their versions, provenance and traces held until the commit,
 * storing grew with the square of the records. While records are stored, queries do not flush (each
 * record touches only its own dataset, provenance and traces, and reads nothing another record of
 * the run wrote); after each chunk the run's writes so far are sent to the database (uncommitted: a
 * failed run still changes nothing), their search documents are built and kept for the index write
 * before the commit, and the entities are let go; only the run (which goes on counting) and the
 * nodes (which every record names) stay.
 *
 * <p>On PostgreSQL the lookups of a chunk's records are planned for their own parameters. Each
 * chunk looks its records up by local id with the same statement; after a few executions PostgreSQL
 * reuses one generic plan, made while the run's tables were small (a first harvest starts on empty
 * ones), which reads every row of the node and compares it with the chunk's ids. The rows the run
 * adds grow those reads with every chunk: a first harvest of 100,000 datasets spent two thirds of
 * its storing time in them, against milliseconds for a lookup by key. The chunk's writes keep the
 * cached plans: planning each multi-row insert again cost more than the lookups saved.
 */
@ApplicationScoped
public class StoredChunks {

  private static final Set<Class<?>> KEPT = Set.of(HarvestRun.class, Node.class);

  @Inject EntityManager em;

  /**
   * Stores the records with {@code storing}, calling it back with a release to run after each
   * chunk; queries made meanwhile do not flush.
   */
  public void store(Consumer<Runnable> storing) {
    FlushModeType before = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    lookupsPlannedForTheirParameters(true);
    try {
      storing.accept(this::release);
      lookupsPlannedForTheirParameters(false); // on failure the rollback ends the setting
    } finally {
      em.setFlushMode(before);
    }
  }

  private void lookupsPlannedForTheirParameters(boolean custom) {
    String mode = custom ? "force_custom_plan" : "auto";
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                  statement.execute("set local plan_cache_mode = " + mode);
                }
              }
            });
  }

  /** Writes what the transaction changed so far and lets go of the records' entities. */
  private void release() {
    Session session = em.unwrap(Session.class);
    lookupsPlannedForTheirParameters(false);
    session.flush();
    lookupsPlannedForTheirParameters(true);
    Search.session(session).indexingPlan().process();
    SessionImplementor implementor = session.unwrap(SessionImplementor.class);
    for (Map.Entry<Object, EntityEntry> entry :
        implementor.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
      Object entity = entry.getKey();
      if (!KEPT.contains(Hibernate.getClass(entity))) {
        session.evict(entity);
      }
    }
  }
}
