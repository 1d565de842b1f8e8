package eu.imaginghub.catalogue.dataset.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

  /** The labels the record gives its codes, by IRI; of an IRI labelled twice, the last label. */
  public Map<String, String> carriedLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    codes.values().forEach(concepts -> concepts.forEach(c -> putLabel(labels, c)));
    return labels;
  }

  private static void putLabel(Map<String, String> labels, Concept concept) {
    if (concept.label() != null) {
      labels.put(concept.iri(), concept.label());
    }
  }

  public List<String> texts(TextProperty property) {
    return texts.getOrDefault(property, List.of());
  }

  public List<Agent> agents(AgentRole role) {
    return agents.getOrDefault(role, List.of());
  }

  /** A builder with nothing set: every property absent, English the only language. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this description, to copy it with a few properties changed. The translations
   * are copied as they are: a copy that changes the title, description or keywords and should
   * derive its languages from them again sets {@code translations(null)}.
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.description = description;
    b.version = version;
    b.accessRights = accessRights;
    b.licence = licence;
    b.landingPage = landingPage;
    b.numberOfIndividuals = numberOfIndividuals;
    b.numberOfStudies = numberOfStudies;
    b.minTypicalAge = minTypicalAge;
    b.maxTypicalAge = maxTypicalAge;
    b.segmentationCount = segmentationCount;
    b.hasStructuredData = hasStructuredData;
    b.acquisitionStart = acquisitionStart;
    b.acquisitionEnd = acquisitionEnd;
    b.issued = issued;
    b.modified = modified;
    b.codes = codes;
    b.texts = texts;
    b.agents = agents;
    b.distributions = distributions;
    b.translations = translations;
    b.identifiers = identifiers;
    return b;
  }

  /**
   * Names each of the 22 properties where it is set, so that a description is never built by
   * position; {@link #build} goes through the canonical constructor and its normalisation.
   */
  public static final class Builder {
    private String title;
    private String description;
    private String version;
    private AccessRights accessRights;
    private String licence;
    private String landingPage;
    private Integer numberOfIndividuals;
    private Integer numberOfStudies;
    private Integer minTypicalAge;
    private Integer maxTypicalAge;
    private Integer segmentationCount;
    private Boolean hasStructuredData;
    private LocalDate acquisitionStart;
    private LocalDate acquisitionEnd;
    private RecordDate issued;
    private RecordDate modified;
    private Map<CodedProperty, List<Concept>> codes;
    private Map<TextProperty, List<String>> texts;
    private Map<AgentRole, List<Agent>> agents;
    private List<Distribution> distributions;
    private Translations translations;
    private List<Identifier> identifiers;

    private Builder() {}

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    public Builder version(String value) {
      this.version = value;
      return this;
    }

    public Builder accessRights(AccessRights value) {
      this.accessRights = value;
      return this;
    }

    public Builder licence(String value) {
      this.licence = value;
      return this;
    }

    public Builder landingPage(String value) {
      this.landingPage = value;
      return this;
    }

    public Builder numberOfIndividuals(Integer value) {
      this.numberOfIndividuals = value;
      return this;
    }

    public Builder numberOfStudies(Integer value) {
      this.numberOfStudies = value;
      return this;
    }

    public Builder minTypicalAge(Integer value) {
      this.minTypicalAge = value;
      return this;
    }

    public Builder maxTypicalAge(Integer value) {
      this.maxTypicalAge = value;
      return this;
    }

    public Builder segmentationCount(Integer value) {
      this.segmentationCount = value;
      return this;
    }

    public Builder hasStructuredData(Boolean value) {
      this.hasStructuredData = value;
      return this;
    }

    public Builder acquisitionStart(LocalDate value) {
      this.acquisitionStart = value;
      return this;
    }

    public Builder acquisitionEnd(LocalDate value) {
      this.acquisitionEnd = value;
      return this;
    }

    public Builder issued(RecordDate value) {
      this.issued = value;
      return this;
    }

    public Builder modified(RecordDate value) {
      this.modified = value;
      return this;
    }

    public Builder codes(Map<CodedProperty, List<Concept>> value) {
      this.codes = value;
      return this;
    }

    public Builder texts(Map<TextProperty, List<String>> value) {
      this.texts = value;
      return this;
    }

    public Builder agents(Map<AgentRole, List<Agent>> value) {
      this.agents = value;
      return this;
    }

    public Builder distributions(List<Distribution> value) {
      this.distributions = value;
      return this;
    }

    public Builder translations(Translations value) {
      this.translations = value;
      return this;
    }

    public Builder identifiers(List<Identifier> value) {
      this.identifiers = value;
      return this;
    }

    public DatasetDescription build() {
      return new DatasetDescription(
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
          issued,
          modified,
          codes,
          texts,
          agents,
          distributions,
          translations,
          identifiers);
    }
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
