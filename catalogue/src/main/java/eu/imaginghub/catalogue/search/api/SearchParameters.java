package eu.imaginghub.catalogue.search.api;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.QueryNumbers;
import eu.imaginghub.catalogue.search.application.DatasetSearch;
import eu.imaginghub.catalogue.search.domain.Facet;
import eu.imaginghub.catalogue.search.domain.SearchQuery;
import eu.imaginghub.catalogue.search.domain.SortOrder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a search from query parameters: {@code q}, {@code sort}, {@code page}, {@code size} and one
 * repeatable parameter per facet. Every bad parameter is reported at once.
 */
public final class SearchParameters {

  public static final int DEFAULT_SIZE = 20;
  private static final Set<String> GENERAL = Set.of("q", "sort", "page", "size");

  private SearchParameters() {}

  public static SearchQuery read(MultivaluedMap<String, String> params) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
    params.forEach(
        (name, values) -> {
          if (GENERAL.contains(name)) {
            return;
          }
          Facet facet = Facet.byKey(name).orElse(null);
          if (facet == null) {
            problems.add(new FieldProblem(name, "is not a search parameter"));
            return;
          }
          Set<String> allowed = DatasetSearch.fixedValues(facet);
          Set<String> chosen = new HashSet<>();
          for (String value : values) {
            for (String v : value.split(",")) {
              if (v.isBlank()) {
                continue;
              }
              if (!allowed.isEmpty() && !allowed.contains(v)) {
                problems.add(
                    new FieldProblem(name, "has no value '" + v + "'; use one of " + allowed));
              }
              chosen.add(v);
            }
          }
          filters.put(facet, chosen);
        });
    SortOrder sort = sort(params.getFirst("sort"), problems);
    int page = QueryNumbers.positive(params.getFirst("page"), 1, "page", problems);
    int size = QueryNumbers.positive(params.getFirst("size"), DEFAULT_SIZE, "size", problems);
    if (size > SearchQuery.MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be at most " + SearchQuery.MAX_SIZE));
    }
    if ((long) page * size > SearchQuery.MAX_WINDOW) {
      problems.add(
          new FieldProblem("page", "goes past the first " + SearchQuery.MAX_WINDOW + " hits"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return new SearchQuery(params.getFirst("q"), filters, sort, page, size);
  }

  private static SortOrder sort(String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SortOrder.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("sort", "is not one of relevance, newest, size"));
      return null;
    }
  }
}
