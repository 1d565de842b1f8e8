package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.node.domain.HospitalNode;
import eu.imaginghub.catalogue.node.domain.Node;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A dataset's steps through its life and its versions. */
class DatasetLifecycleTest {

  private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-02T10:00:00Z");
  private static final Node NODE = HospitalNode.created(CREATED);

  private static Dataset dataset(LifecycleStatus status) {
    return new Dataset(NODE, "lung-ct", status, Descriptions.complete(), CREATED);
  }

  @Test
  void aNewDatasetIsAtItsFirstVersionNeverPublished() {
    Dataset draft = dataset(LifecycleStatus.DRAFT);

    assertThat(draft.lifecycle().version()).isEqualTo(1);
    assertThat(draft.lifecycle().versionCreatedAt()).isEqualTo(CREATED);
    assertThat(draft.lifecycle().everPublished()).isFalse();
    assertThat(dataset(LifecycleStatus.PUBLISHED).lifecycle().everPublished()).isTrue();
  }

  @Test
  void publishingIsRememberedForGood() {
    Dataset dataset = dataset(LifecycleStatus.DRAFT);
    dataset.move(LifecycleTransition.RELEASE, LATER);
    assertThat(dataset.lifecycle().everPublished()).isFalse();

    dataset.move(LifecycleTransition.PUBLISH, LATER);
    dataset.invalidate("sub-1", "Olga Operator", "consent withdrawn", LATER);

    assertThat(dataset.status()).isEqualTo(LifecycleStatus.INVALIDATED);
    assertThat(dataset.lifecycle().everPublished()).isTrue();
    assertThat(dataset.lifecycle().invalidatedAt()).contains(LATER);
    assertThat(dataset.lifecycle().invalidatedBy()).isEqualTo("sub-1");
    assertThat(dataset.lifecycle().invalidatedByName()).isEqualTo("Olga Operator");
    assertThat(dataset.lifecycle().invalidationReason()).isEqualTo("consent withdrawn");
  }

  @Test
  void anInvalidatedDatasetTakesNoFurtherStep() {
    Dataset dataset = dataset(LifecycleStatus.RELEASED);
    dataset.invalidate("sub-1", "Olga", "duplicate", LATER);

    assertThatThrownBy(() -> dataset.move(LifecycleTransition.PUBLISH, LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> dataset.invalidate("sub-1", "Olga", "again", LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aNewVersionReplacesTheDescriptionAndLeavesTheOldIdentifiersBehind() {
    Dataset dataset = dataset(LifecycleStatus.PUBLISHED);
    dataset.lifecycle().identify("10.5072/zenodo.1", "10.5072/zenodo.0", "https://z/records/1");
    DatasetDescription next = Descriptions.complete().toBuilder().title("Lung CT v2").build();

    dataset.nextVersion(next, LATER);

    assertThat(dataset.title()).isEqualTo("Lung CT v2");
    assertThat(dataset.status()).isEqualTo(LifecycleStatus.PUBLISHED);
    assertThat(dataset.lifecycle().version()).isEqualTo(2);
    assertThat(dataset.lifecycle().versionCreatedAt()).isEqualTo(LATER);
    assertThat(dataset.lifecycle().doi()).isEmpty();
    assertThat(dataset.lifecycle().recordUrl()).isEmpty();
    assertThat(dataset.lifecycle().conceptDoi()).contains("10.5072/zenodo.0");
  }

  @Test
  void onlyAPublishedDatasetGetsANewVersion() {
    Dataset released = dataset(LifecycleStatus.RELEASED);

    assertThatThrownBy(() -> released.nextVersion(Descriptions.complete(), LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThat(released.lifecycle().version()).isEqualTo(1);
  }

  @Test
  void freezingAVersionKeepsItAsItWas() {
    Dataset dataset = dataset(LifecycleStatus.PUBLISHED);
    dataset.lifecycle().identify("10.5072/zenodo.1", "10.5072/zenodo.0", "https://z/records/1");

    DatasetVersion frozen = DatasetVersion.freeze(dataset, "{\"title\":\"Lung\"}", LATER);

    assertThat(frozen.version()).isEqualTo(1);
    assertThat(frozen.datasetId()).isEqualTo(dataset.id());
    assertThat(frozen.status()).isEqualTo(LifecycleStatus.PUBLISHED);
    assertThat(frozen.createdAt()).isEqualTo(CREATED);
    assertThat(frozen.supersededAt()).isEqualTo(LATER);
    assertThat(frozen.doi()).contains("10.5072/zenodo.1");
    assertThat(frozen.descriptionJson()).isEqualTo("{\"title\":\"Lung\"}");
  }
}
