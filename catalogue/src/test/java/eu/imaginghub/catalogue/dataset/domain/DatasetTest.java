package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.node.domain.HospitalNode;
import eu.imaginghub.catalogue.node.domain.Node;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00.123456789Z");
  private static final Instant REVISED = Instant.parse("2026-12-01T11:00:00Z");
  private static final Node NODE = HospitalNode.created(CREATED);

  private static Dataset dataset(String localId, LifecycleStatus status) {
    return new Dataset(NODE, localId, status, Descriptions.complete(), CREATED);
  }

  @Test
  void itsIdIsDerivedFromTheNodeAndTheStrippedLocalId() {
    Dataset dataset = dataset("  lung-ct  ", LifecycleStatus.RELEASED);

    assertThat(dataset.localId()).isEqualTo("lung-ct");
    assertThat(dataset.id()).isEqualTo(DatasetId.of("node-es", "lung-ct"));
    assertThat(dataset.id()).isEqualTo(dataset("lung-ct", LifecycleStatus.DRAFT).id());
    assertThat(dataset.node()).isSameAs(NODE);
  }

  @Test
  void itKeepsTheDescriptionItWasGivenWhole() {
    Dataset dataset = dataset("lung-ct", LifecycleStatus.RELEASED);

    assertThat(dataset.description()).isEqualTo(Descriptions.complete());
    assertThat(dataset.title()).isEqualTo("Lung CT cohort");
    assertThat(dataset.ageGroups()).containsExactly(AgeGroup.ADULT, AgeGroup.SENIOR);
    assertThat(dataset.cohortSize()).contains(CohortSize.HUNDREDS);
    assertThat(dataset.createdAt()).isEqualTo(CREATED);
    // stored to the microsecond, as the database keeps it
    assertThat(dataset.updatedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:00.123456Z"));
  }

  @Test
  void aDatasetNeedsALocalIdAndATitle() {
    assertThatThrownBy(() -> dataset(" ", LifecycleStatus.DRAFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a dataset needs the node's local id");
    DatasetDescription untitled = Descriptions.complete().toBuilder().title("  ").build();
    assertThatThrownBy(() -> new Dataset(NODE, "lung-ct", LifecycleStatus.DRAFT, untitled, CREATED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a dataset needs a title");
  }

  @Test
  void aRevisionReplacesTheWholeDescription() {
    Dataset dataset = dataset("lung-ct", LifecycleStatus.DRAFT);
    DatasetDescription revised =
        DatasetDescription.builder().title(" Lung CT, second release ").version("2.0").build();

    dataset.revise(LifecycleStatus.PUBLISHED, revised, REVISED);

    assertThat(dataset.status()).isEqualTo(LifecycleStatus.PUBLISHED);
    assertThat(dataset.title()).isEqualTo("Lung CT, second release");
    assertThat(dataset.description().version()).isEqualTo("2.0");
    // nothing of the first description survives a revision that leaves it out
    assertThat(dataset.codes(CodedProperty.MODALITY)).isEmpty();
    assertThat(dataset.texts(TextProperty.KEYWORD)).isEmpty();
    assertThat(dataset.description().distributions()).isEmpty();
    assertThat(dataset.numberOfIndividuals()).isNull();
    assertThat(dataset.updatedAt()).isEqualTo(REVISED);
    assertThat(dataset.createdAt()).isEqualTo(CREATED);
  }

  @Test
  void onlyReleasedAndPublishedDatasetsThatAreNotWithdrawnArePublic() {
    assertThat(dataset("a", LifecycleStatus.DRAFT).isPublic()).isFalse();
    assertThat(dataset("b", LifecycleStatus.RELEASED).isPublic()).isTrue();
    assertThat(dataset("c", LifecycleStatus.PUBLISHED).isPublic()).isTrue();
    assertThat(dataset("d", LifecycleStatus.INVALIDATED).isPublic()).isFalse();

    Dataset withdrawn = dataset("e", LifecycleStatus.PUBLISHED);
    withdrawn.withdraw(REVISED);
    assertThat(withdrawn.isPublic()).isFalse();
  }

  @Test
  void aWithdrawnDatasetIsATombstoneUntilItIsRestored() {
    Dataset dataset = dataset("lung-ct", LifecycleStatus.PUBLISHED);
    dataset.withdraw(REVISED);

    assertThat(dataset.withdrawnAt()).contains(REVISED);
    assertThatThrownBy(
            () -> dataset.revise(LifecycleStatus.RELEASED, Descriptions.complete(), REVISED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dataset " + dataset.id() + " was withdrawn");
    assertThatThrownBy(() -> dataset.withdraw(REVISED)).isInstanceOf(IllegalStateException.class);

    Instant restored = REVISED.plusSeconds(60);
    dataset.restore(LifecycleStatus.RELEASED, Descriptions.withAges(10, 15), restored);
    assertThat(dataset.withdrawnAt()).isEmpty();
    assertThat(dataset.status()).isEqualTo(LifecycleStatus.RELEASED);
    assertThat(dataset.ageGroups()).containsExactly(AgeGroup.PAEDIATRIC);
    assertThat(dataset.updatedAt()).isEqualTo(restored);
    assertThat(dataset.isPublic()).isTrue();
  }

  @Test
  void onlyAWithdrawnDatasetCanBeRestored() {
    Dataset dataset = dataset("lung-ct", LifecycleStatus.PUBLISHED);

    assertThatThrownBy(
            () -> dataset.restore(LifecycleStatus.RELEASED, Descriptions.complete(), REVISED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("dataset " + dataset.id() + " is not withdrawn");
    assertThat(dataset.status()).isEqualTo(LifecycleStatus.PUBLISHED);
  }

  @Test
  void segmentationsCountByNumberOrByLabel() {
    assertThat(dataset("a", LifecycleStatus.RELEASED).hasSegmentations()).isFalse();
    Dataset counted =
        new Dataset(
            NODE,
            "b",
            LifecycleStatus.RELEASED,
            Descriptions.complete().toBuilder().segmentationCount(3).build(),
            CREATED);
    assertThat(counted.hasSegmentations()).isTrue();
    Dataset labelled =
        new Dataset(
            NODE,
            "c",
            LifecycleStatus.RELEASED,
            Descriptions.withCodes(
                java.util.Map.of(
                    CodedProperty.SEGMENTATION_LABEL,
                    List.of(new Concept("https://example.org/tumour", "tumour")))),
            CREATED);
    assertThat(labelled.hasSegmentations()).isTrue();
  }
}
