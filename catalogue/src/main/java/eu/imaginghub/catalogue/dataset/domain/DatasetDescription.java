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

  /** The title in a language (as {@link Translations#chooseLanguage} chose), else the default. */
  public String titleIn(String language) {
    return translations.titles().getOrDefault(language, title);
  }

  /** The description in a language, else the default one. */
  public String descriptionIn(String language) {
    return translations.descriptions().getOrDefault(language, description);
  }

  /** The keywords in a language, else the default ones. */
  public List<String> keywordsIn(String language) {
    return translations.keywords().getOrDefault(language, texts(TextProperty.KEYWORD));
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
