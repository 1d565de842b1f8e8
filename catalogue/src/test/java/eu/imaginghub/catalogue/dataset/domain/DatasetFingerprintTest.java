package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetFingerprintTest {

  /**
   * The fingerprint is the SHA-256 of the record written field by field, each as {@code
   * name:length:value} on its own line, absent values empty, coded values and texts after the fixed
   * fields. Traces keep it, so it must never change for the same record: the hash is pinned as a
   * literal (computed apart from the hub, with Python's hashlib, over the text below).
   */
  @Test
  void aRecordHashesToItsKnownFingerprint() throws NoSuchAlgorithmException {
    DatasetDescription record =
        DatasetDescription.builder()
            .title("Lung CT")
            .description("Screening")
            .version("1.0")
            .accessRights(AccessRights.PUBLIC)
            .numberOfIndividuals(120)
            .codes(
                Map.of(
                    CodedProperty.MODALITY,
                    List.of(new Concept("https://hyperontology.eucaim.cancerimage.eu/#CT", "CT"))))
            .texts(Map.of(TextProperty.KEYWORD, List.of("lung")))
            .build();
    String written =
        """
        status:8:RELEASED
        title:7:Lung CT
        description:9:Screening
        version:3:1.0
        accessRights:6:PUBLIC
        licence:0:
        landingPage:0:
        individuals:3:120
        studies:0:
        minAge:0:
        maxAge:0:
        segmentations:0:
        structured:0:
        acquisitionStart:0:
        acquisitionEnd:0:
        issued:0:
        modified:0:
        MODALITY:50:https://hyperontology.eucaim.cancerimage.eu/#CT|CT
        KEYWORD:4:lung
        """;
    String byHand =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(written.getBytes(StandardCharsets.UTF_8)));

    String fingerprint = DatasetFingerprint.of(LifecycleStatus.RELEASED, record);

    assertThat(byHand)
        .isEqualTo("b8c856d6f34d8079be14fdb3bc6550b3197e756771574f177ca88e8972fa9fe6");
    assertThat(fingerprint).isEqualTo(byHand);
  }

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
