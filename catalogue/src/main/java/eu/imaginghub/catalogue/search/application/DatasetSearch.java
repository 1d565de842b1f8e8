package eu.imaginghub.catalogue.search.application;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.AgeGroup;
import eu.imaginghub.catalogue.dataset.domain.CohortSize;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.search.domain.Facet;
import eu.imaginghub.catalogue.search.domain.IndexedSummary;
import eu.imaginghub.catalogue.search.domain.SearchHits;
import eu.imaginghub.catalogue.search.domain.SearchQuery;
import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Faceted search of the catalogue, labelled for display. */
@ApplicationScoped
@Transactional
public class DatasetSearch {

  @Inject DatasetIndex index;
  @Inject NodeNames nodes;
  @Inject ConceptLabels labels;

  public SearchPage search(SearchQuery query, Viewer viewer) {
    return search(query, viewer, List.of());
  }

  /** Searches, showing titles and excerpts in the reader's languages (most wanted first). */
  public SearchPage search(SearchQuery query, Viewer viewer, List<String> languages) {
    SearchHits hits = index.search(query, viewer);
    Function<String, String> nodeNames = nodeNames();
    List<DatasetSummary> items =
        hits.hits().stream().map(h -> summary(h, nodeNames, languages)).toList();
    List<FacetCounts> facets = new ArrayList<>();
    for (Facet facet : Facet.values()) {
      Set<String> selected = query.filters().getOrDefault(facet, Set.of());
      List<FacetCounts.Value> values =
          hits.facets().getOrDefault(facet, Map.of()).entrySet().stream()
              .map(e -> value(facet, e.getKey(), e.getValue(), selected, nodeNames))
              .sorted(
                  Comparator.comparingLong(FacetCounts.Value::count)
                      .reversed()
                      .thenComparing(FacetCounts.Value::label))
              .toList();
      facets.add(new FacetCounts(facet.key(), values));
    }
    return new SearchPage(hits.total(), query.page(), query.size(), items, facets);
  }

  private FacetCounts.Value value(
      Facet facet, String value, long count, Set<String> selected, Function<String, String> nodes) {
    return new FacetCounts.Value(
        value, label(facet, value, nodes), count, selected.contains(value));
  }

  private String label(Facet facet, String value, Function<String, String> nodeNames) {
    if (facet.coded()) {
      return labels.label(value);
    }
    return switch (facet) {
      case NODE -> nodeNames.apply(value);
      case COUNTRY -> new Locale("", value).getDisplayCountry(Locale.ENGLISH);
      case ACCESS_RIGHTS -> AccessRights.valueOf(value).label();
      case SEGMENTED ->
          Boolean.parseBoolean(value) ? "With segmentations" : "Without segmentations";
      case AGE -> value + " years";
      case INDIVIDUALS -> value + " individuals";
      default -> value;
    };
  }

  private Function<String, String> nodeNames() {
    return nodes::of;
  }

  private DatasetSummary summary(
      IndexedSummary h, Function<String, String> nodeNames, List<String> languages) {
    IndexedSummary.Shown shown = h.shownIn(languages);
    return new DatasetSummary(
        h.id(),
        shown.title(),
        shown.excerpt(),
        h.nodeId(),
        nodeNames.apply(h.nodeId()),
        h.country(),
        LifecycleStatus.valueOf(h.status()),
        h.accessRights() == null ? null : AccessRights.valueOf(h.accessRights()),
        labelled(h.conditions()),
        labelled(h.modalities()),
        labelled(h.bodyParts()),
        h.individuals(),
        h.studies(),
        h.minAge(),
        h.maxAge(),
        h.segmented(),
        h.issued(),
        h.doi());
  }

  private List<DatasetSummary.Labelled> labelled(List<String> iris) {
    return iris.stream().map(iri -> new DatasetSummary.Labelled(iri, labels.label(iri))).toList();
  }

  /** Valid values of the non-coded facets, for validating filters. */
  public static Set<String> fixedValues(Facet facet) {
    return switch (facet) {
      case AGE -> enumKeys(AgeGroup.values(), AgeGroup::key);
      case INDIVIDUALS -> enumKeys(CohortSize.values(), CohortSize::key);
      case ACCESS_RIGHTS -> enumKeys(AccessRights.values(), Enum::name);
      case SEGMENTED -> Set.of("true", "false");
      default -> Set.of();
    };
  }

  private static <E> Set<String> enumKeys(E[] values, Function<E, String> key) {
    return java.util.Arrays.stream(values).map(key).collect(Collectors.toUnmodifiableSet());
  }
}
