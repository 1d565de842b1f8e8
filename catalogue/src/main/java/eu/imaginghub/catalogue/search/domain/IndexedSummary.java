package eu.imaginghub.catalogue.search.domain;

import eu.imaginghub.catalogue.dataset.domain.Translations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of a dataset for result lists, so a page of hits is shown without reading
 * the database. Coded values are IRIs; labels are added for display.
 */
public record IndexedSummary(
    String id,
    String title,
    String excerpt,
    String nodeId,
    String country,
    String status,
    String accessRights,
    List<String> conditions,
    List<String> modalities,
    List<String> bodyParts,
    Integer individuals,
    Integer studies,
    Integer minAge,
    Integer maxAge,
    boolean segmented,
    LocalDate issued,
    Map<String, String> titles,
    Map<String, String> excerpts,
    String doi) {

  /**
   * The title and excerpt in the language chosen for a reader who prefers the given ones (see
   * {@link Translations#chooseLanguage}); the default ones for a record in one language.
   */
  public Shown shownIn(List<String> wanted) {
    String lang = new Translations(titles, excerpts, Map.of()).chooseLanguage(wanted);
    if (lang == null) {
      return new Shown(title, excerpt);
    }
    return new Shown(titles.getOrDefault(lang, title), excerpts.getOrDefault(lang, excerpt));
  }

  /** A title and excerpt in one language. */
  public record Shown(String title, String excerpt) {}
}
