package eu.imaginghub.catalogue.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexDifferenceTest {

  @Test
  void reindexesMissingAndStaleDocumentsAndPurgesDocumentsWithoutRow() {
    Map<String, Long> database = Map.of("same", 1L, "stale", 5L, "missing", 7L);
    Map<String, Long> index = new HashMap<>(Map.of("same", 1L, "stale", 4L, "orphan", 9L));
    index.put("unstamped", null);

    IndexDifference difference = IndexDifference.between(database, index);

    assertThat(difference.toReindex()).containsExactlyInAnyOrder("stale", "missing");
    assertThat(difference.toPurge()).containsExactlyInAnyOrder("orphan", "unstamped");
    assertThat(difference.isEmpty()).isFalse();
  }

  @Test
  void aDocumentWithoutStampIsIndexedAgainWhenItsRowExists() {
    Map<String, Long> index = new HashMap<>();
    index.put("old", null);

    assertThat(IndexDifference.between(Map.of("old", 3L), index).toReindex())
        .containsExactly("old");
  }

  @Test
  void findsNothingWhenBothSidesAgree() {
    Map<String, Long> both = Map.of("a", 1L, "b", 2L);

    assertThat(IndexDifference.between(both, Map.copyOf(both)).isEmpty()).isTrue();
  }
}
