package eu.imaginghub.catalogue.search.infrastructure;

import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.STAMP;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Each dataset's stamp (the time of its last change) as the database and as the search index hold
 * it, read as projections of ids and stamps only, so that comparing 100,000 datasets loads no
 * entity; and the repairs. Only Hibernate Search's own API is used, whatever its backend.
 */
@ApplicationScoped
public class IndexStamps {

  private static final int SCROLL_PAGE = 1000;

  @Inject EntityManager em;

  /** The stamp of a dataset changed at this time: microseconds, as the database keeps them. */
  public static long stampOf(Instant updatedAt) {
    return TimeUnit.SECONDS.toMicros(updatedAt.getEpochSecond()) + updatedAt.getNano() / 1000;
  }

  /** Every dataset row, withdrawn ones included (their documents hide them from searches). */
  @Transactional
  public Map<String, Long> inDatabase() {
    Map<String, Long> stamps = new HashMap<>();
    em.createQuery("select d.id, d.updatedAt from Dataset d", Object[].class)
        .getResultStream()
        .forEach(row -> stamps.put((String) row[0], stampOf((Instant) row[1])));
    return stamps;
  }

  /** Every document of the index; a document written before stamps existed has none (null). */
  @Transactional
  public Map<String, Long> inIndex() {
    Map<String, Long> stamps = new HashMap<>();
    try (SearchScroll<Stamp> scroll =
        session()
            .search(Dataset.class)
            .select(
                f ->
                    f.composite()
                        .from(f.id(String.class), f.field(STAMP, Long.class))
                        .as(Stamp::new))
            .where(f -> f.matchAll())
            // every document is read anyway: in the index's own order, nothing is scored or sorted
            .sort(f -> f.indexOrder())
            .scroll(SCROLL_PAGE)) {
      for (SearchScrollResult<Stamp> page = scroll.next(); page.hasHits(); page = scroll.next()) {
        page.hits().forEach(hit -> stamps.put(hit.id(), hit.stamp()));
      }
    }
    return stamps;
  }

  @Transactional
  public long countInDatabase() {
    return em.createQuery("select count(d) from Dataset d", Long.class).getSingleResult();
  }

  /** Writes these datasets' documents again from their rows, in a transaction of its own. */
  @Transactional(TxType.REQUIRES_NEW)
  public void reindex(List<String> ids) {
    SearchIndexingPlan plan = session().indexingPlan();
    em.createQuery("select d from Dataset d where d.id in :ids", Dataset.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(plan::addOrUpdate);
  }

  /**
   * Removes the documents of these ids that have no row. A row committed since the ids were
   * collected (a write while the hub runs) keeps its document.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void purgeOrphans(List<String> ids) {
    Set<String> orphans = new HashSet<>(ids);
    em.createQuery("select d.id from Dataset d where d.id in :ids", String.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(orphans::remove);
    SearchIndexingPlan plan = session().indexingPlan();
    orphans.forEach(id -> plan.purge(Dataset.class, id, null));
  }

  private SearchSession session() {
    return Search.session(em.unwrap(Session.class));
  }

  private record Stamp(String id, Long stamp) {}
}
