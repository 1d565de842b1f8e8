package eu.imaginghub.catalogue.dataset.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.RecordDate.Precision;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON form's languages, identifiers and partial dates. */
class DatasetJsonLanguagesTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Test
  void singleFieldsAreEnglishUnlessALanguageIsGivenAndMapsAddTheOthers() {
    DatasetDescription d =
        read(
            """
            {"title": "Lung CT", "keywords": ["lung"],
             "titles": {"es": "TC de pulmón", "EN": "ignored"},
             "keywordsByLanguage": {"es": ["pulmón"]},
             "issued": "2021-03", "modified": "2024-05-10T08:30:00Z",
             "identifiers": [{"notation": "10.5281/zenodo.1", "scheme": "DataCite"},
                             {"notation": "lung-1", "property": "identifier"}]}
            """);

    assertThat(d.title()).isEqualTo("Lung CT");
    assertThat(d.translations().titles())
        .containsExactlyInAnyOrderEntriesOf(Map.of("en", "Lung CT", "es", "TC de pulmón"));
    assertThat(d.translations().keywords())
        .containsExactlyInAnyOrderEntriesOf(Map.of("en", List.of("lung"), "es", List.of("pulmón")));
    assertThat(d.issued()).isEqualTo(new RecordDate("2021-03", Precision.YEAR_MONTH));
    assertThat(d.modified().precision()).isEqualTo(Precision.DATE_TIME);
    assertThat(d.identifiers())
        .containsExactly(
            new Identifier("10.5281/zenodo.1", "DataCite", Identifier.Kind.OTHER),
            new Identifier("lung-1", null, Identifier.Kind.IDENTIFIER));
  }

  @Test
  void aRecordMayGiveOnlyTheLanguageMapsAndIsShownInEnglishFirst() {
    DatasetDescription d =
        read(
            """
            {"titles": {"fr": "Scanner du poumon", "en": "Lung CT"},
             "keywordsByLanguage": {"fr": ["poumon"], "en": ["lung"]}}
            """);

    assertThat(d.title()).isEqualTo("Lung CT");
    assertThat(d.texts(TextProperty.KEYWORD)).containsExactly("lung");
    assertThat(d.titleIn(d.translations().chooseLanguage(List.of("fr-CA"))))
        .isEqualTo("Scanner du poumon");
  }

  @Test
  void badTagsDatesAndIdentifiersAreNamedTogether() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    {"title": "T", "language": "e n", "titles": {"1x": "T"},
                     "issued": "March 2021", "identifiers": [{"scheme": "x"}]}
                    """))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e ->
                assertThat(e.fields())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "language", "titles.1x", "issued", "identifiers[0].notation"));
  }

  private DatasetDescription read(String json) {
    return DatasetJsonMapper.description(jsonb.fromJson(json, DatasetJson.class));
  }
}
