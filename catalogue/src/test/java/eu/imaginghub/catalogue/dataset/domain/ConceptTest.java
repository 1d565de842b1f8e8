package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://purl.obolibrary.org/obo/NCIT_C17204",
        "urn:uuid:5e4f3c2a-0000-4000-8000-000000000001",
        "https://example.org/a?b=c#d"
      })
  void absoluteIrisAreConceptsEveryTime(String iri) {
    for (int i = 0; i < 3; i++) { // the first check parses, later ones are remembered
      assertThat(Concept.isIri(iri)).isTrue();
      assertThat(new Concept(iri, " label ").label()).isEqualTo("label");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "relative/path", "http://a b", "http://exa mple.org", "::"})
  void otherTextsAreRefusedEveryTime(String text) {
    for (int i = 0; i < 3; i++) {
      assertThat(Concept.isIri(text)).isFalse();
      assertThatThrownBy(() -> new Concept(text, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
