package eu.imaginghub.catalogue.search.infrastructure;

import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.CONCEPTS;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.CREATED;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.DESCRIPTION;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.ISSUED;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.KEYWORDS;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.SIZE;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.TITLE;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.VISIBILITY;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.search.domain.Facet;
import eu.imaginghub.catalogue.search.domain.IndexedSummary;
import eu.imaginghub.catalogue.search.domain.SearchHits;
import eu.imaginghub.catalogue.search.domain.SearchQuery;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Faceted search over the dataset index. A facet's counts are taken with every filter but its own
 * (multi-select faceting), so a researcher sees what ticking another value would add: facets
 * without an active filter share the main query; each filtered facet costs one count-only query.
 */
@ApplicationScoped
public class DatasetIndex {

  private static final int MAX_FACET_VALUES = 100;
  private static final List<String> PUBLISHED = List.of(LifecycleStatus.PUBLISHED.name());
  private static final List<String> SIGNED_IN =
      List.of(LifecycleStatus.RELEASED.name(), LifecycleStatus.PUBLISHED.name());
  private static final List<String> LIVE =
      List.of(
          LifecycleStatus.DRAFT.name(),
          LifecycleStatus.RELEASED.name(),
          LifecycleStatus.PUBLISHED.name());

  @Inject EntityManager em;
  @Inject EntityManagerFactory emf;

  public SearchHits search(SearchQuery query, Viewer viewer) {
    SearchSession session = session();
    Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
    var step =
        session
            .search(Dataset.class)
            .select(SummaryProjection::of)
            .where(f -> matching(f, query, query.filters(), viewer, true))
            .sort(f -> sort(f, query));
    for (Facet facet : Facet.values()) {
      if (!query.filters().containsKey(facet)) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.key());
        keys.put(facet, key);
        step = step.aggregation(key, f -> terms(f, facet));
      }
    }
    SearchResult<IndexedSummary> result = step.fetch(query.offset(), query.size());
    Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      facets.put(
          facet,
          keys.containsKey(facet)
              ? result.aggregation(keys.get(facet))
              : countsWithoutOwnFilter(session, query, facet, viewer));
    }
    return new SearchHits(result.total().hitCount(), result.hits(), facets);
  }

  private Map<String, Long> countsWithoutOwnFilter(
      SearchSession session, SearchQuery query, Facet facet, Viewer viewer) {
    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.key());
    SearchResult<String> result =
        session
            .search(Dataset.class)
            .select(f -> f.id(String.class))
            .where(f -> matching(f, query, query.filtersExcept(facet), viewer, false))
            .aggregation(key, f -> terms(f, facet))
            .fetch(0);
    return result.aggregation(key);
  }

  private static org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<
          Map<String, Long>>
      terms(
          org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory f,
          Facet facet) {
    return f.terms().field(facet.key(), String.class).maxTermCount(MAX_FACET_VALUES);
  }

  private static BooleanPredicateClausesStep<?> matching(
      SearchPredicateFactory f,
      SearchQuery query,
      Map<Facet, Set<String>> filters,
      Viewer viewer,
      boolean scored) {
    BooleanPredicateClausesStep<?> bool = f.bool();
    bool.filter(visibleTo(f, viewer));
    if (query.text() != null) {
      var text =
          f.simpleQueryString()
              .field(TITLE)
              .boost(3f)
              .field(KEYWORDS)
              .boost(2f)
              .field(CONCEPTS)
              .boost(2f)
              .field(DESCRIPTION)
              .field(LanguageFields.ALL)
              .fields(LanguageFields.fields().toArray(String[]::new))
              .matching(query.text())
              .defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND);
      // count-only queries need which documents match, not how well: skip scoring there
      if (scored) {
        bool.must(text);
      } else {
        bool.filter(text);
      }
    }
    filters.forEach(
        (facet, values) -> bool.filter(f.terms().field(facet.key()).matchingAny(values)));
    return bool;
  }

  /**
   * Anonymous viewers find published work, signed-in ones released work too; operators also their
   * own nodes' drafts, admins every draft. Invalidated and withdrawn datasets are never found.
   */
  private static BooleanPredicateClausesStep<?> visibleTo(SearchPredicateFactory f, Viewer viewer) {
    BooleanPredicateClausesStep<?> visible = f.bool();
    if (viewer.isAdmin()) {
      return visible.should(f.terms().field(VISIBILITY).matchingAny(LIVE));
    }
    visible.should(
        f.terms().field(VISIBILITY).matchingAny(viewer.isAnonymous() ? PUBLISHED : SIGNED_IN));
    if (!viewer.nodes().isEmpty()) {
      visible.should(
          f.bool()
              .must(f.terms().field(Facet.NODE.key()).matchingAny(viewer.nodes()))
              .must(f.match().field(VISIBILITY).matching(LifecycleStatus.DRAFT.name())));
    }
    return visible;
  }

  private static SortFinalStep sort(SearchSortFactory f, SearchQuery query) {
    return switch (query.sort()) {
      case RELEVANCE -> f.score().then().field(CREATED).desc();
      case NEWEST -> f.field(ISSUED).desc().missing().last().then().field(CREATED).desc();
      case SIZE -> f.field(SIZE).desc().missing().last().then().field(CREATED).desc();
    };
  }

  /**
   * Rebuilds the whole index from the database, outside any transaction. On Elasticsearch the index
   * is dropped and created again rather than emptied document by document: faster, and it needs no
   * delete-by-query, which a cluster without the reindex module (the integ-test distribution)
   * lacks.
   */
  public void rebuild() throws InterruptedException {
    SearchScope<Dataset> scope = Search.mapping(emf).scope(Dataset.class);
    var indexer = scope.massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(200);
    if ("elasticsearch".equals(emf.getProperties().get("hibernate.search.backend.type"))) {
      indexer.purgeAllOnStart(false).dropAndCreateSchemaOnStart(true);
    }
    indexer.startAndWait();
  }

  /**
   * Whether several hub instances share this index through Hibernate Search's outbox: changes then
   * reach the index shortly after their commit, through whichever instance holds their shard.
   */
  public boolean coordinated() {
    return "outbox-polling"
        .equals(emf.getProperties().get("hibernate.search.coordination.strategy"));
  }

  /** Documents in the index, whatever their visibility: what health checks report. */
  @Transactional
  public long countIndexed() {
    return session().search(Dataset.class).where(f -> f.matchAll()).fetchTotalHitCount();
  }

  /**
   * Writes the datasets changed so far in the current transaction to the index and waits until
   * searches see them (the hub's synchronisation strategy is sync: committed and refreshed). Left
   * to the end of the transaction, indexing happens after the commit, and a run whose end is read
   * in between would say it succeeded before its datasets can be found.
   */
  public void indexChangesNow() {
    em.flush();
    session().indexingPlan().execute();
  }

  /** The injected entity manager is a proxy: Hibernate Search needs the session behind it. */
  private SearchSession session() {
    return Search.session(em.unwrap(Session.class));
  }
}
