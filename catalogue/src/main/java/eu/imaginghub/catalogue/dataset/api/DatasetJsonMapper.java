package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.api.DatasetJson.AgentJson;
import eu.imaginghub.catalogue.dataset.api.DatasetJson.ConceptJson;
import eu.imaginghub.catalogue.dataset.api.DatasetJson.DistributionJson;
import eu.imaginghub.catalogue.dataset.api.DatasetJson.PeriodJson;
import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON form into a description (collecting every bad field) and back. */
public final class DatasetJsonMapper {

  private final List<FieldProblem> problems = new ArrayList<>();

  private DatasetJsonMapper() {}

  /** The status a request asks for; drafts by default. */
  public static LifecycleStatus status(DatasetJson json) {
    if (json.status() == null) {
      return LifecycleStatus.DRAFT;
    }
    try {
      return LifecycleStatus.valueOf(json.status().trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "status", "is not one of DRAFT, RELEASED, PUBLISHED, INVALIDATED");
    }
  }

  /** Reads a request body; throws one problem naming every bad field. */
  public static DatasetDescription description(DatasetJson json) {
    DatasetJsonMapper mapper = new DatasetJsonMapper();
    DatasetDescription d = mapper.read(json);
    if (!mapper.problems.isEmpty()) {
      throw ProblemException.invalid(mapper.problems);
    }
    return d;
  }

  private DatasetDescription read(DatasetJson j) {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    for (CodedProperty p : CodedProperty.values()) {
      codes.put(p, concepts(p.field(), CodedJson.get(j, p)));
    }
    Map<TextProperty, List<String>> texts = new EnumMap<>(TextProperty.class);
    texts.put(TextProperty.KEYWORD, nonBlank(j.keywords()));
    texts.put(TextProperty.PROVENANCE, nonBlank(j.provenance()));
    texts.put(TextProperty.POPULATION_COVERAGE, nonBlank(j.populationCoverage()));
    Map<AgentRole, List<Agent>> agents = new EnumMap<>(AgentRole.class);
    agents.put(AgentRole.PUBLISHER, agents(single(j.publisher())));
    agents.put(AgentRole.CONTACT_POINT, agents(j.contactPoints()));
    agents.put(AgentRole.CUSTODIAN, agents(single(j.custodian())));
    agents.put(AgentRole.HEALTH_DATA_ACCESS_BODY, agents(single(j.healthDataAccessBody())));
    agents.put(AgentRole.CREATOR, agents(j.creators()));
    PeriodJson period = j.acquisitionPeriod();
    return new DatasetDescription(
        j.title(),
        j.description(),
        j.version(),
        accessRights(j.accessRights()),
        j.licence(),
        j.landingPage(),
        j.numberOfIndividuals(),
        j.numberOfStudies(),
        j.minTypicalAge(),
        j.maxTypicalAge(),
        j.segmentationCount(),
        j.hasStructuredData(),
        period == null ? null : period.start(),
        period == null ? null : period.end(),
        j.issued(),
        j.modified(),
        codes,
        texts,
        agents,
        distributions(j.distributions()));
  }

  private AccessRights accessRights(String value) {
    if (value == null) {
      return null;
    }
    try {
      return AccessRights.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(
          new FieldProblem("accessRights", "is not one of PUBLIC, RESTRICTED, NON_PUBLIC"));
      return null;
    }
  }

  private List<Concept> concepts(String field, List<ConceptJson> values) {
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ConceptJson c = values.get(i);
      if (c == null || !Concept.isIri(c.iri())) {
        problems.add(new FieldProblem(field + "[" + i + "].iri", "is not an absolute IRI"));
      } else {
        concepts.add(new Concept(c.iri(), c.label()));
      }
    }
    return concepts;
  }

  private static List<Agent> agents(List<AgentJson> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(a -> a != null)
            .map(a -> new Agent(a.name(), a.email(), a.url(), a.type()))
            .toList();
  }

  private static List<Distribution> distributions(List<DistributionJson> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(d -> d != null)
            .map(
                d ->
                    new Distribution(
                        d.title(),
                        d.accessUrl(),
                        d.downloadUrl(),
                        d.format(),
                        d.mediaType(),
                        d.licence(),
                        d.rights()))
            .toList();
  }

  private static <T> List<T> single(T value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<String> nonBlank(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
