package eu.imaginghub.catalogue.search.infrastructure;

import java.util.List;
import java.util.Map;

/**
 * The index fields that hold a dataset's text language by language, each analysed for its language.
 * The analyser names are those Elasticsearch has built in; {@link LuceneLanguageAnalysis} defines
 * the same names for Lucene, so the mapping serves both backends. Text in any other language, or
 * without a tag, goes to the default field only.
 */
final class LanguageFields {

  /** Every language's text, with the default analyser: stop words of one language still match. */
  static final String ALL = "text_all";

  /** Language (primary subtag) → analyser. */
  static final Map<String, String> ANALYSERS =
      Map.of(
          "en", "english",
          "es", "spanish",
          "fr", "french",
          "de", "german",
          "it", "italian",
          "nl", "dutch",
          "el", "greek",
          "pt", "portuguese");

  private LanguageFields() {}

  /** The field of a language's text, or null for a language without its own analyser. */
  static String field(String language) {
    String primary = language.split("-", 2)[0];
    return ANALYSERS.containsKey(primary) ? "text_" + primary : null;
  }

  /** Every language field, for queries. */
  static List<String> fields() {
    return ANALYSERS.keySet().stream().sorted().map(LanguageFields::field).toList();
  }
}
