package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One title, description or keyword of a dataset in one language, as stored. */
@Embeddable
public class LanguageText {

  /** Which text of the dataset a value is. */
  public enum Field {
    TITLE,
    DESCRIPTION,
    KEYWORD
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "field", nullable = false, length = 20)
  private Field field;

  @Column(name = "lang", nullable = false, length = 35)
  private String language;

  @Column(name = "text_value", nullable = false, length = 20000)
  private String value;

  protected LanguageText() {}

  private LanguageText(Field field, String language, String value) {
    this.field = field;
    this.language = language;
    this.value = value;
  }

  /** The rows that store the given translations, titles first. */
  static List<LanguageText> rows(Translations t) {
    List<LanguageText> rows = new ArrayList<>();
    t.titles().forEach((lang, text) -> rows.add(new LanguageText(Field.TITLE, lang, text)));
    t.descriptions()
        .forEach((lang, text) -> rows.add(new LanguageText(Field.DESCRIPTION, lang, text)));
    t.keywords()
        .forEach(
            (lang, values) ->
                values.forEach(k -> rows.add(new LanguageText(Field.KEYWORD, lang, k))));
    return rows;
  }

  /** The translations the given rows store. */
  static Translations translations(List<LanguageText> rows) {
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    for (LanguageText row : rows) {
      switch (row.field) {
        case TITLE -> titles.putIfAbsent(row.language, row.value);
        case DESCRIPTION -> descriptions.putIfAbsent(row.language, row.value);
        case KEYWORD ->
            keywords.computeIfAbsent(row.language, k -> new ArrayList<>()).add(row.value);
      }
    }
    return new Translations(titles, descriptions, keywords);
  }
}
