package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FidelityRulesTest {

  @Test
  void otherLanguagesAndIdentifiersMustFitWhereTheyAreKept() {
    DatasetDescription c = Descriptions.complete();
    DatasetDescription d =
        new DatasetDescription(
            c.title(),
            c.description(),
            c.version(),
            c.accessRights(),
            c.licence(),
            c.landingPage(),
            c.numberOfIndividuals(),
            c.numberOfStudies(),
            c.minTypicalAge(),
            c.maxTypicalAge(),
            c.segmentationCount(),
            c.hasStructuredData(),
            c.acquisitionStart(),
            c.acquisitionEnd(),
            c.issued(),
            c.modified(),
            c.codes(),
            c.texts(),
            c.agents(),
            c.distributions(),
            new Translations(
                Map.of("en", c.title(), "es", "t".repeat(1001)),
                Map.of(),
                Map.of("es", List.of("k".repeat(4001)))),
            List.of(new Identifier("n".repeat(1001), null, Identifier.Kind.OTHER)));

    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, d).errors())
        .containsExactlyInAnyOrder(
            new FieldProblem("titles.es", "is longer than 1000 characters"),
            new FieldProblem("keywordsByLanguage.es[0]", "is longer than 4000 characters"),
            new FieldProblem("identifiers[0].notation", "is longer than 1000 characters"));
    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, c).errors()).isEmpty();
  }
}
