package eu.imaginghub.catalogue.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void ordersByRelevanceWhenThereIsTextAndByNewestOtherwise() {
    assertThat(new SearchQuery("lung", Map.of(), null, 1, 20).sort())
        .isEqualTo(SortOrder.RELEVANCE);
    assertThat(new SearchQuery(" ", Map.of(), null, 1, 20).sort()).isEqualTo(SortOrder.NEWEST);
  }

  @Test
  void countsAFacetOverEveryFilterButItsOwn() {
    SearchQuery q =
        new SearchQuery(
            null,
            Map.of(Facet.MODALITY, Set.of("ct"), Facet.COUNTRY, Set.of("ES"), Facet.AGE, Set.of()),
            null,
            1,
            20);
    assertThat(q.filters()).containsOnlyKeys(Facet.MODALITY, Facet.COUNTRY);
    assertThat(q.filtersExcept(Facet.MODALITY)).isEqualTo(Map.of(Facet.COUNTRY, Set.of("ES")));
  }

  @Test
  void refusesPagesBeyondTheWindow() {
    assertThat(new SearchQuery(null, Map.of(), null, 3, 20).offset()).isEqualTo(40);
    assertThatThrownBy(() -> new SearchQuery(null, Map.of(), null, 101, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchQuery(null, Map.of(), null, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
