package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.dataset.domain.Translations;
import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the languages of a JSON dataset: the maps by language tag, and the single-language fields
 * in {@code language} (English unless given), which win over the maps for that language.
 */
final class JsonTranslations {

  /** A BCP 47 tag in its common shape (language, then subtags), or "und". */
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private final List<FieldProblem> problems;

  JsonTranslations(List<FieldProblem> problems) {
    this.problems = problems;
  }

  Translations read(DatasetJson j) {
    String lang = j.language() == null ? Translations.ENGLISH : checked("language", j.language());
    Map<String, String> titles = checkedKeys("titles", j.titles());
    Map<String, String> descriptions = checkedKeys("descriptions", j.descriptions());
    Map<String, List<String>> keywords = new LinkedHashMap<>();
    checkedKeys("keywordsByLanguage", j.keywordsByLanguage())
        .forEach((tag, values) -> keywords.put(tag, DatasetJsonMapper.nonBlank(values)));
    if (lang != null) {
      put(titles, lang, j.title());
      put(descriptions, lang, j.description());
      if (j.keywords() != null) {
        keywords.put(Translations.tag(lang), DatasetJsonMapper.nonBlank(j.keywords()));
      }
    }
    return new Translations(titles, descriptions, keywords);
  }

  private static void put(Map<String, String> texts, String lang, String text) {
    if (text != null && !text.isBlank()) {
      texts.put(Translations.tag(lang), text);
    }
  }

  private <V> Map<String, V> checkedKeys(String field, Map<String, V> values) {
    Map<String, V> result = new LinkedHashMap<>();
    if (values != null) {
      values.forEach(
          (tag, value) -> {
            String checked = checked(field + "." + tag, tag);
            if (checked != null) {
              result.put(Translations.tag(checked), value);
            }
          });
    }
    return result;
  }

  private String checked(String field, String tag) {
    if (tag == null || !TAG.matcher(tag.strip()).matches()) {
      problems.add(new FieldProblem(field, "is not a language tag (BCP 47, e.g. en or pt-BR)"));
      return null;
    }
    return tag.strip();
  }
}
