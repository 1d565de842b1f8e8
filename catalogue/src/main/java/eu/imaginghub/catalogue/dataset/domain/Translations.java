package eu.imaginghub.catalogue.dataset.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The title, description and keywords of a dataset in every language its node gave them, keyed by
 * lower-case BCP 47 tag in the node's order. {@link #UNTAGGED} ("und", BCP 47's "undetermined")
 * holds text given without a language tag, which is exported without one again.
 */
public record Translations(
    Map<String, String> titles,
    Map<String, String> descriptions,
    Map<String, List<String>> keywords) {

  public static final String UNTAGGED = "und";

  /** The language the hub falls back to after the visitor's own. */
  public static final String ENGLISH = "en";

  public static final Translations NONE = new Translations(Map.of(), Map.of(), Map.of());

  public Translations {
    titles = texts(titles);
    descriptions = texts(descriptions);
    Map<String, List<String>> lists = new LinkedHashMap<>();
    if (keywords != null) {
      keywords.forEach(
          (lang, values) -> {
            List<String> kept =
                values == null
                    ? List.of()
                    : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
            if (!kept.isEmpty()) {
              lists.put(tag(lang), kept);
            }
          });
    }
    keywords = java.util.Collections.unmodifiableMap(lists);
  }

  /** Text in one language only. */
  public static Translations of(
      String language, String title, String description, List<String> keywords) {
    String lang = tag(language);
    Map<String, String> t = new LinkedHashMap<>();
    Map<String, String> d = new LinkedHashMap<>();
    t.put(lang, title);
    d.put(lang, description);
    return new Translations(t, d, keywords == null ? Map.of() : Map.of(lang, keywords));
  }

  /** The normal form of a language tag: lower case, trimmed; blank means untagged. */
  public static String tag(String language) {
    return language == null || language.isBlank()
        ? UNTAGGED
        : language.strip().toLowerCase(Locale.ROOT);
  }

  public boolean isEmpty() {
    return titles.isEmpty() && descriptions.isEmpty() && keywords.isEmpty();
  }

  /** Every language with some text, in the order first seen (titles, descriptions, keywords). */
  public List<String> languages() {
    Set<String> all = new LinkedHashSet<>(titles.keySet());
    all.addAll(descriptions.keySet());
    all.addAll(keywords.keySet());
    return List.copyOf(all);
  }

  /**
   * The language to show someone who prefers the given ones (most wanted first, e.g. from
   * Accept-Language): the first of those with a title ("es" also takes "es-ES"), then English, then
   * untagged text, then the first language given. Null only when there is no title at all.
   */
  public String chooseLanguage(List<String> wanted) {
    List<String> order = new ArrayList<>();
    wanted.stream().map(Translations::tag).forEach(order::add);
    order.add(ENGLISH);
    order.add(UNTAGGED);
    for (String lang : order) {
      String found = match(lang);
      if (found != null) {
        return found;
      }
    }
    return titles.isEmpty() ? null : titles.keySet().iterator().next();
  }

  private String match(String wanted) {
    if (titles.containsKey(wanted)) {
      return wanted;
    }
    String primary = wanted.split("-", 2)[0];
    for (String lang : titles.keySet()) {
      if (lang.split("-", 2)[0].equals(primary)) {
        return lang;
      }
    }
    return null;
  }

  private static Map<String, String> texts(Map<String, String> source) {
    Map<String, String> result = new LinkedHashMap<>();
    if (source != null) {
      source.forEach(
          (lang, text) -> {
            if (text != null && !text.isBlank()) {
              result.putIfAbsent(tag(lang), text.strip());
            }
          });
    }
    return java.util.Collections.unmodifiableMap(result);
  }
}
