package eu.imaginghub.catalogue.dataset.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Other languages and identifiers meet the limits of {@link RecordLimits} too. */
class TranslationLimitsTest {

  private static final DatasetDescription COMPLETE = Descriptions.complete();

  @Test
  void otherLanguagesAndIdentifiersMustFitWhereTheyAreKept() {
    DatasetDescription d =
        with(
            new Translations(
                Map.of("en", COMPLETE.title(), "es", "t".repeat(1001)),
                Map.of(),
                Map.of("es", List.of("k".repeat(301), "ok\u0007"))),
            List.of(new Identifier("n".repeat(1001), null, Identifier.Kind.OTHER)));

    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, d).errors())
        .containsExactlyInAnyOrder(
            new FieldProblem("titles.es", "is longer than 1000 characters"),
            new FieldProblem("keywordsByLanguage.es[0]", "is longer than 300 characters"),
            new FieldProblem("keywordsByLanguage.es[1]", "contains the control character U+0007"),
            new FieldProblem("identifiers[0].notation", "is longer than 1000 characters"));
    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, COMPLETE).errors()).isEmpty();
  }

  @Test
  void tooManyKeywordsInAnotherLanguageAreRefused() {
    List<String> many = IntStream.range(0, 101).mapToObj(i -> "k" + i).toList();
    DatasetDescription d =
        with(
            new Translations(Map.of("en", COMPLETE.title()), Map.of(), Map.of("es", many)),
            List.of());

    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, d).errors())
        .containsExactly(new FieldProblem("keywordsByLanguage.es", "has more than 100 values"));
  }

  @Test
  void aTooLongTitleIsNamedOnceNotAgainAsItsLanguage() {
    DatasetDescription c = COMPLETE;
    DatasetDescription d =
        c.toBuilder().title("t".repeat(1001)).translations(null).identifiers(List.of()).build();

    assertThat(DatasetRules.check(LifecycleStatus.RELEASED, d).errors())
        .containsExactly(new FieldProblem("title", "is longer than 1000 characters"));
  }

  private static DatasetDescription with(Translations translations, List<Identifier> ids) {
    DatasetDescription c = COMPLETE;
    return c.toBuilder().translations(translations).identifiers(ids).build();
  }
}
