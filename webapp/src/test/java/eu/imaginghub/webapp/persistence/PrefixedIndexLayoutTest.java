package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrefixedIndexLayoutTest {

  private final PrefixedIndexLayout layout = new PrefixedIndexLayout("hub-a-");

  @Test
  void namesTheIndexAndItsAliasesWithThePrefix() {
    assertThat(layout.createInitialElasticsearchIndexName("dataset"))
        .isEqualTo("hub-a-dataset-000001");
    assertThat(layout.createWriteAlias("dataset")).isEqualTo("hub-a-dataset-write");
    assertThat(layout.createReadAlias("dataset")).isEqualTo("hub-a-dataset-read");
  }

  /** Hits name the numbered index; they must map back to the index Hibernate Search knows. */
  @Test
  void findsTheSameKeyFromTheIndexNameOfAHitAsFromTheMappedName() {
    assertThat(layout.extractUniqueKeyFromElasticsearchIndexName("hub-a-dataset-000002"))
        .isEqualTo(layout.extractUniqueKeyFromHibernateSearchIndexName("dataset"))
        .isEqualTo("hub-a-dataset");
    assertThatThrownBy(() -> layout.extractUniqueKeyFromElasticsearchIndexName("dataset-read"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
