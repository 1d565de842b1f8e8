package eu.imaginghub.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One benchmarked search: a word and filters (facet key to accepted values). */
record BenchQuery(String text, Map<String, List<String>> filters) {

  BenchQuery {
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
  }

  static BenchQuery everything() {
    return new BenchQuery(null, Map.of());
  }

  BenchQuery withFilter(String facet, String value) {
    Map<String, List<String>> more = new LinkedHashMap<>(filters);
    more.put(facet, List.of(value));
    return new BenchQuery(text, more);
  }

  BenchQuery withText(String word) {
    return new BenchQuery(word, filters);
  }

  /** The same filters without one facet's: what that facet's counts are taken over. */
  Map<String, List<String>> filtersExcept(String facet) {
    Map<String, List<String>> others = new LinkedHashMap<>(filters);
    others.remove(facet);
    return others;
  }

  /** The API path and query string of this search. */
  String path() {
    StringBuilder query = new StringBuilder();
    if (text != null) {
      query.append("&q=").append(encode(text));
    }
    filters.forEach(
        (facet, values) ->
            query.append('&').append(facet).append('=').append(encode(String.join(",", values))));
    return query.length() == 0 ? "/api/datasets" : "/api/datasets?" + query.substring(1);
  }

  @Override
  public String toString() {
    String shown =
        filters.entrySet().stream()
            .map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
            .collect(Collectors.joining(" "));
    return (text == null ? "" : "q=" + text + " ") + shown;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
