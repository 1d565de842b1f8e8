package eu.imaginghub.catalogue.dataset.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.List;

/**
 * Bounds of what a record keeps beyond its default language: other languages and identifiers must
 * fit where they are stored, so an oversized one refuses the record rather than failing the write.
 * The same bounds as the single-language fields.
 */
final class FidelityRules {

  static final int TITLE = 1000;
  static final int DESCRIPTION = 20000;
  static final int KEYWORD = 4000;
  static final int LANGUAGE_TAG = 35;
  static final int NOTATION = 1000;

  private FidelityRules() {}

  static void check(DatasetDescription d, List<FieldProblem> errors) {
    Translations t = d.translations();
    t.titles().forEach((lang, text) -> length("titles." + lang, text, TITLE, errors));
    t.descriptions()
        .forEach((lang, text) -> length("descriptions." + lang, text, DESCRIPTION, errors));
    t.keywords()
        .forEach(
            (lang, texts) -> {
              for (int i = 0; i < texts.size(); i++) {
                length("keywordsByLanguage." + lang + "[" + i + "]", texts.get(i), KEYWORD, errors);
              }
            });
    for (String lang : t.languages()) {
      if (lang.length() > LANGUAGE_TAG) {
        errors.add(
            new FieldProblem("language", "tag is longer than " + LANGUAGE_TAG + " characters"));
      }
    }
    for (int i = 0; i < d.identifiers().size(); i++) {
      Identifier id = d.identifiers().get(i);
      length("identifiers[" + i + "].notation", id.notation(), NOTATION, errors);
      length("identifiers[" + i + "].scheme", id.scheme(), NOTATION, errors);
    }
  }

  private static void length(String field, String text, int max, List<FieldProblem> errors) {
    if (text != null && text.length() > max) {
      errors.add(new FieldProblem(field, "is longer than " + max + " characters"));
    }
  }
}
