package eu.imaginghub.catalogue.vocabulary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.vocabulary.domain.CodeLabels.Entry;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeLabelsTest {

  private static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  private static final CodeLabels LABELS = CodeLabels.bundled();

  @Test
  void labelsEucaimCodes() {
    assertThat(LABELS.label(EUCAIM + "IMG1000022")).contains("Magnetic resonance imaging");
    assertThat(LABELS.label(EUCAIM + "IMG1000026")).contains("Computed tomography");
    assertThat(LABELS.label(EUCAIM + "IMG1000047")).contains("General Electric");
    assertThat(LABELS.label(EUCAIM + "CLIN1000075")).contains("Malignant neoplasm of prostate");
    assertThat(LABELS.label(EUCAIM + "BP1000233")).contains("Neck and chest");
    assertThat(LABELS.label(EUCAIM + "SPEC1000011")).contains("Tier 2");
    assertThat(LABELS.label(EUCAIM + "COM1000003")).contains("Manual");
  }

  @Test
  void labelsEucaimCodesInTheOntologysOwnNamespaceToo() {
    assertThat(LABELS.label("https://cancerimage.eu/ontology/EUCAIM#COM1001370"))
        .contains("Female");
  }

  @Test
  void labelsAuthorityTablesAndDataUseTerms() {
    assertThat(LABELS.label("http://purl.obolibrary.org/obo/DUO_0000042"))
        .contains("General research use");
    assertThat(LABELS.label("http://purl.obolibrary.org/obo/DUO_0000046"))
        .contains("Non-commercial use only");
    assertThat(LABELS.label("http://publications.europa.eu/resource/authority/data-theme/HEAL"))
        .contains("Health");
    assertThat(LABELS.label("http://publications.europa.eu/resource/authority/language/SPA"))
        .contains("Spanish");
    assertThat(LABELS.label("http://data.europa.eu/eli/reg/2025/327/oj"))
        .contains("Regulation (EU) 2025/327 on the European Health Data Space");
  }

  @Test
  void agreesWithTheAccessRightsTheDomainKnows() {
    for (AccessRights rights : AccessRights.values()) {
      assertThat(LABELS.label(rights.iri())).contains(rights.label());
    }
  }

  @Test
  void knowsNothingOfOtherCodes() {
    assertThat(LABELS.label(EUCAIM + "IMG9999999")).isEmpty();
    assertThat(LABELS.label(null)).isEmpty();
  }

  @Test
  void listsASchemeInTableOrder() {
    assertThat(LABELS.scheme("sex"))
        .containsExactly(
            new Entry(EUCAIM + "COM1001366", "Male", "sex"),
            new Entry(EUCAIM + "COM1001370", "Female", "sex"));
    assertThat(LABELS.scheme("access-right")).hasSize(3);
    assertThat(LABELS.scheme("no-such-scheme")).isEmpty();
  }

  @Test
  void everyRowIsAnAbsoluteIriOfAKnownScheme() {
    Set<String> schemes =
        Set.of(
            "modality",
            "body-part",
            "segmentation-label",
            "condition",
            "sex",
            "collection-method",
            "manufacturer",
            "dataset-type",
            "tier",
            "algorithm",
            "access-condition",
            "health-category",
            "health-theme",
            "theme",
            "access-right",
            "language",
            "country",
            "file-type",
            "legislation",
            "duo",
            "licence");
    List<Entry> all = schemes.stream().flatMap(s -> LABELS.scheme(s).stream()).toList();
    assertThat(all).hasSizeBetween(80, 170);
    assertThat(all).allSatisfy(e -> assertThat(Concept.isIri(e.iri())).as(e.iri()).isTrue());
    assertThat(all.stream().map(Entry::iri).collect(Collectors.toSet())).hasSize(all.size());
    schemes.forEach(s -> assertThat(LABELS.scheme(s)).as(s).isNotEmpty());
  }

  @Test
  void fallsBackToTheLocalName() {
    assertThat(CodeLabels.fallback(EUCAIM + "IMG1000022")).isEqualTo("IMG1000022");
    assertThat(
            CodeLabels.fallback(
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC"))
        .isEqualTo("NON_PUBLIC");
    assertThat(CodeLabels.fallback("urn:example:code")).isEqualTo("code");
    assertThat(CodeLabels.fallback("https://creativecommons.org/licenses/by/4.0/"))
        .isEqualTo("4.0");
    assertThat(CodeLabels.fallback("plain")).isEqualTo("plain");
    assertThat(CodeLabels.fallback("urn:")).isEqualTo("urn");
  }

  @Test
  void readsATableAndRejectsMalformedRows() throws IOException {
    CodeLabels table =
        CodeLabels.read(new StringReader("iri\tlabel\tscheme\nurn:x:1\tOne\tdemo\n\n"));
    assertThat(table.label("urn:x:1")).contains("One");
    assertThat(table.scheme("demo")).containsExactly(new Entry("urn:x:1", "One", "demo"));
    assertThatThrownBy(() -> CodeLabels.read(new StringReader("iri\tlabel\tscheme\nurn:x:1\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2");
  }
}
