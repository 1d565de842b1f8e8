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
    LocalDate issued,
    LocalDate modified,
    Map<CodedProperty, List<Concept>> codes,
    Map<TextProperty, List<String>> texts,
    Map<AgentRole, List<Agent>> agents,
    List<Distribution> distributions) {

  public DatasetDescription {
    codes = copy(codes, CodedProperty.class);
    texts = copy(texts, TextProperty.class);
    agents = copy(agents, AgentRole.class);
    distributions = distributions == null ? List.of() : List.copyOf(distributions);
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
