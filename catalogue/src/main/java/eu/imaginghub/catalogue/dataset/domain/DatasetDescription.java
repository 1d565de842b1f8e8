package eu.imaginghub.catalogue.dataset.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a node says about a dataset, in the terms of the EUCAIM DCAT-AP profile: the value
 * that is validated, stored, indexed and exported. Multi-valued properties are grouped by kind.
 */
public record DatasetDescription(
    String title,
    String description,
    String version,
    AccessRights accessRights,
    String licence,
    String landingPage,
    Integer numberOfIndividuals,
    Integer numberOfStudies,
    Integer minTypicalAge,
    Integer maxTypicalAge,
    Integer segmentationCount,
    Boolean hasStructuredData,
    LocalDate acquisitionStart,
    LocalDate acquisitionEnd,
    RecordDate issued,
    RecordDate modified,
    Map<CodedProperty, List<Concept>> codes,
    Map<TextProperty, List<String>> texts,
    Map<AgentRole, List<Agent>> agents,
    List<Distribution> distributions,
    Translations translations,
    List<Identifier> identifiers) {

  /**
   * The title, description and keywords are those of the language shown by default; {@code
   * translations} holds every language. Without translations, the single-language text is taken as
   * English, the language of the hub's own JSON.
   */
  public DatasetDescription {
    codes = copy(codes, CodedProperty.class);
    texts = copy(texts, TextProperty.class);
    agents = copy(agents, AgentRole.class);
    distributions = distributions == null ? List.of() : List.copyOf(distributions);
    if (translations == null || translations.isEmpty()) {
      translations =
          Translations.of(
              Translations.ENGLISH,
              title,
              description,
              texts.getOrDefault(TextProperty.KEYWORD, List.of()));
    }
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** A description in English only, with day-precise dates and no other identifiers. */
  public DatasetDescription(
      String title,
      String description,
      String version,
      AccessRights accessRights,
      String licence,
      String landingPage,
      Integer numberOfIndividuals,
      Integer numberOfStudies,
      Integer minTypicalAge,
      Integer maxTypicalAge,
      Integer segmentationCount,
      Boolean hasStructuredData,
      LocalDate acquisitionStart,
      LocalDate acquisitionEnd,
      LocalDate issued,
      LocalDate modified,
      Map<CodedProperty, List<Concept>> codes,
      Map<TextProperty, List<String>> texts,
      Map<AgentRole, List<Agent>> agents,
      List<Distribution> distributions) {
    this(
        title,
        description,
        version,
        accessRights,
        licence,
        landingPage,
        numberOfIndividuals,
        numberOfStudies,
        minTypicalAge,
        maxTypicalAge,
        segmentationCount,
        hasStructuredData,
        acquisitionStart,
        acquisitionEnd,
        RecordDate.of(issued),
        RecordDate.of(modified),
        codes,
        texts,
        agents,
        distributions,
        null,
        List.of());
  }

  /** The same description in the language chosen for someone who prefers the given ones. */
  public DatasetDescription inLanguage(List<String> wanted) {
    String lang = translations.chooseLanguage(wanted);
    if (lang == null) {
      return this;
    }
    Map<TextProperty, List<String>> shown = new EnumMap<>(TextProperty.class);
    shown.putAll(texts);
    shown.put(
        TextProperty.KEYWORD,
        translations.keywords().getOrDefault(lang, texts(TextProperty.KEYWORD)));
    return new DatasetDescription(
        translations.titles().getOrDefault(lang, title),
        translations.descriptions().getOrDefault(lang, description),
        version,
        accessRights,
        licence,
        landingPage,
        numberOfIndividuals,
        numberOfStudies,
        minTypicalAge,
        maxTypicalAge,
        segmentationCount,
        hasStructuredData,
        acquisitionStart,
        acquisitionEnd,
        issued,
        modified,
        codes,
        shown,
        agents,
        distributions,
        translations,
        identifiers);
  }

  public List<Concept> codes(CodedProperty property) {
    return codes.getOrDefault(property, List.of());
  }

  public List<String> texts(TextProperty property) {
    return texts.getOrDefault(property, List.of());
  }

  public List<Agent> agents(AgentRole role) {
    return agents.getOrDefault(role, List.of());
  }

  private static <K extends Enum<K>, V> Map<K, List<V>> copy(
      Map<K, List<V>> source, Class<K> type) {
    Map<K, List<V>> result = new EnumMap<>(type);
    if (source != null) {
      source.forEach(
          (key, values) -> {
            if (values != null && !values.isEmpty()) {
              result.put(key, List.copyOf(values));
            }
          });
    }
    return Map.copyOf(result);
  }
}
