package eu.imaginghub.catalogue.search.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A faceted search: free text, filters (AND across facets, OR within one), order and page
 * (1-based).
 */
public record SearchQuery(
    String text, Map<Facet, Set<String>> filters, SortOrder sort, int page, int size) {

  public static final int MAX_SIZE = 100;

  /** Deep paging is refused: engines cap the window, and nobody reads page 500. */
  public static final int MAX_WINDOW = 10_000;

  public SearchQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach(
          (facet, values) -> {
            if (values != null && !values.isEmpty()) {
              copy.put(facet, Set.copyOf(values));
            }
          });
    }
    filters = Map.copyOf(copy);
    sort = sort == null ? (text == null ? SortOrder.NEWEST : SortOrder.RELEVANCE) : sort;
    if (page < 1 || size < 1 || size > MAX_SIZE || (long) page * size > MAX_WINDOW) {
      throw new IllegalArgumentException("page out of range");
    }
  }

  public int offset() {
    return (page - 1) * size;
  }

  /** The same query without the filter on one facet: what that facet's counts are taken over. */
  public Map<Facet, Set<String>> filtersExcept(Facet facet) {
    Map<Facet, Set<String>> others = new EnumMap<>(Facet.class);
    filters.forEach(
        (f, v) -> {
          if (f != facet) {
            others.put(f, v);
          }
        });
    return others;
  }
}
