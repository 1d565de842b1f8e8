package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The labels a description gives its codes, which the vocabulary learns when it is stored. */
class CarriedLabelsTest {

  private static final String CT = "http://purl.obolibrary.org/obo/NCIT_C17204";
  private static final String MR = "http://purl.obolibrary.org/obo/NCIT_C16809";
  private static final String LUNG = "http://purl.obolibrary.org/obo/NCIT_C12468";

  @Test
  void everyLabelledCodeOfEveryPropertyIsCarriedByItsIri() {
    DatasetDescription d =
        DatasetDescription.builder()
            .title("Labelled")
            .codes(
                Map.of(
                    CodedProperty.MODALITY,
                    List.of(new Concept(CT, "CT"), new Concept(MR, null)),
                    CodedProperty.BODY_PART,
                    List.of(new Concept(LUNG, "Lung"))))
            .build();

    assertThat(d.carriedLabels())
        .containsExactlyInAnyOrderEntriesOf(Map.of(CT, "CT", LUNG, "Lung"));
  }

  @Test
  void ofACodeLabelledTwiceTheLastLabelIsCarried() {
    DatasetDescription d =
        DatasetDescription.builder()
            .title("Twice")
            .codes(
                Map.of(
                    CodedProperty.MODALITY,
                    List.of(new Concept(CT, "CT"), new Concept(CT, "Computed tomography"))))
            .build();

    assertThat(d.carriedLabels()).containsExactlyEntriesOf(Map.of(CT, "Computed tomography"));
  }

  @Test
  void aDescriptionWithoutCodesCarriesNoLabel() {
    assertThat(DatasetDescription.builder().title("Bare").build().carriedLabels()).isEmpty();
  }
}
