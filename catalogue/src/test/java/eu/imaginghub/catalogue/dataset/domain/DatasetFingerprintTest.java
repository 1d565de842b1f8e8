package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetFingerprintTest {

  @Test
  void theSameRecordAlwaysHashesTheSame() {
    String first = DatasetFingerprint.of(LifecycleStatus.RELEASED, Descriptions.complete());
    assertThat(first).hasSize(64).matches("[0-9a-f]+");
    assertThat(DatasetFingerprint.of(LifecycleStatus.RELEASED, Descriptions.complete()))
        .isEqualTo(first);
  }

  @Test
  void anyChangeOfContentOrStatusChangesTheHash() {
    String original = DatasetFingerprint.of(LifecycleStatus.RELEASED, Descriptions.complete());
    assertThat(DatasetFingerprint.of(LifecycleStatus.PUBLISHED, Descriptions.complete()))
        .isNotEqualTo(original);
    DatasetDescription otherModality =
        Descriptions.withCodes(
            Map.of(
                CodedProperty.MODALITY,
                List.of(new Concept("https://hyperontology.eucaim.cancerimage.eu/#X", null))));
    assertThat(DatasetFingerprint.of(LifecycleStatus.RELEASED, otherModality))
        .isNotEqualTo(original);
    assertThat(DatasetFingerprint.of(LifecycleStatus.RELEASED, Descriptions.withAges(45, 81)))
        .isNotEqualTo(original);
  }
}
