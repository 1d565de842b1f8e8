package eu.imaginghub.bench.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a faceted search answers: total hits, ids of the first page, counts per facet value. */
record SearchAnswer(long total, List<String> ids, Map<String, Map<String, Long>> facets) {

  /** The hub keeps the most frequent values of a facet only. */
  static final int MAX_FACET_VALUES = 100;

  /** Where this (the hub's) answer and a recomputed one disagree on total or counts. */
  List<String> countDifferences(SearchAnswer other) {
    List<String> differences = new ArrayList<>();
    if (total != other.total) {
      differences.add("total " + total + " <> " + other.total);
    }
    facets.forEach(
        (facet, counts) -> {
          Map<String, Long> theirs = top(other.facets.getOrDefault(facet, Map.of()));
          if (!counts.equals(theirs)) {
            differences.add(facet + " " + counts + " <> " + theirs);
          }
        });
    other.facets.keySet().stream()
        .filter(facet -> !facets.containsKey(facet))
        .forEach(facet -> differences.add(facet + " missing"));
    return differences;
  }

  boolean sameFirstPage(SearchAnswer other) {
    return Objects.equals(ids, other.ids);
  }

  private static Map<String, Long> top(Map<String, Long> counts) {
    if (counts.size() <= MAX_FACET_VALUES) {
      return counts;
    }
    Map<String, Long> top = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_FACET_VALUES)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }
}
