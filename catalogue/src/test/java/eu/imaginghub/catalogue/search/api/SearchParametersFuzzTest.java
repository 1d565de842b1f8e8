package eu.imaginghub.catalogue.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.search.domain.SearchQuery;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Fuzzes the search parameters: any query string either becomes a query within the paging limits or
 * is refused as invalid input (a 400 problem); nothing else may escape.
 */
class SearchParametersFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void parameters(FuzzedDataProvider data) {
    String queryString = data.consumeRemainingAsString();
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      params.add(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    SearchQuery query;
    try {
      query = SearchParameters.read(params);
    } catch (ProblemException refused) {
      assertThat(refused.kind()).isEqualTo(ProblemException.Kind.INVALID_INPUT);
      assertThat(refused.fields()).isNotEmpty();
      return;
    }
    assertThat(query.page()).isPositive();
    assertThat(query.size()).isBetween(1, SearchQuery.MAX_SIZE);
  }
}
