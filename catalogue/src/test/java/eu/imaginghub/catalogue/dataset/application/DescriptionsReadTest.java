package eu.imaginghub.catalogue.dataset.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetRules;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import eu.imaginghub.catalogue.node.domain.HospitalNode;
import eu.imaginghub.catalogue.node.domain.Node;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Descriptions read again at the same revision come from memory; any change reads them anew. */
class DescriptionsReadTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Node NODE = HospitalNode.created(NOW);

  private static DatasetDescription titled(String title) {
    return DatasetDescription.builder().title(title).build();
  }

  private static Dataset released(String localId, String title) {
    return new Dataset(NODE, localId, LifecycleStatus.RELEASED, titled(title), NOW);
  }

  @Test
  void aDatasetReadAgainUnchangedGivesWhatWasReadBefore() {
    DescriptionsRead descriptions = new DescriptionsRead(10);
    Dataset dataset = released("lung-ct", "Lung CT");

    DescriptionsRead.Described first = descriptions.of(dataset);

    assertThat(first.description()).isEqualTo(dataset.description());
    assertThat(first.revision()).isEqualTo(dataset.revision());
    assertThat(descriptions.of(dataset)).isSameAs(first);
  }

  @Test
  void aRevisedDescriptionIsReadAnew() {
    DescriptionsRead descriptions = new DescriptionsRead(10);
    Dataset dataset = released("lung-ct", "Lung CT");
    descriptions.of(dataset);

    dataset.revise(LifecycleStatus.RELEASED, titled("Lung CT, second cut"), NOW.plusSeconds(60));

    assertThat(descriptions.of(dataset).description().title()).isEqualTo("Lung CT, second cut");
  }

  @Test
  void aNewStatusIsReadAnewWithItsWarnings() {
    DescriptionsRead descriptions = new DescriptionsRead(10);
    Dataset dataset = released("lung-ct", "Lung CT");
    DescriptionsRead.Described released = descriptions.of(dataset);

    dataset.move(LifecycleTransition.PUBLISH, NOW);

    DescriptionsRead.Described published = descriptions.of(dataset);
    assertThat(published).isNotSameAs(released);
    assertThat(published.status()).isEqualTo(LifecycleStatus.PUBLISHED);
    assertThat(published.warnings())
        .isEqualTo(DatasetRules.check(LifecycleStatus.PUBLISHED, dataset.description()).warnings());
  }

  @Test
  void eachDatasetKeepsItsOwnDescription() {
    DescriptionsRead descriptions = new DescriptionsRead(10);
    Dataset lung = released("lung-ct", "Lung CT");
    Dataset breast = released("breast-mr", "Breast MR");

    descriptions.of(lung);

    assertThat(descriptions.of(breast).description().title()).isEqualTo("Breast MR");
    assertThat(descriptions.of(lung).description().title()).isEqualTo("Lung CT");
  }

  @Test
  void withoutRoomEveryReadIsFresh() {
    DescriptionsRead descriptions = new DescriptionsRead(0);
    Dataset dataset = released("lung-ct", "Lung CT");

    DescriptionsRead.Described first = descriptions.of(dataset);

    assertThat(descriptions.of(dataset)).isNotSameAs(first).isEqualTo(first);
  }
}
