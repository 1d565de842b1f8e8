package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.dataset.domain.Translations;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.AgentJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.ConceptJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.DistributionJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.IdentifierJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJson.PeriodJson;
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
    texts.put(TextProperty.PROVENANCE, nonBlank(j.provenance()));
    texts.put(TextProperty.POPULATION_COVERAGE, nonBlank(j.populationCoverage()));
    Map<AgentRole, List<Agent>> agents = new EnumMap<>(AgentRole.class);
    agents.put(AgentRole.PUBLISHER, agents(single(j.publisher())));
    agents.put(AgentRole.CONTACT_POINT, agents(j.contactPoints()));
    agents.put(AgentRole.CUSTODIAN, agents(single(j.custodian())));
    agents.put(AgentRole.HEALTH_DATA_ACCESS_BODY, agents(single(j.healthDataAccessBody())));
    agents.put(AgentRole.CREATOR, agents(j.creators()));
    PeriodJson period = j.acquisitionPeriod();
    Translations translations = new JsonTranslations(problems).read(j);
    String shown = translations.chooseLanguage(List.of(Translations.tag(j.language())));
    texts.put(
        TextProperty.KEYWORD,
        j.keywords() != null
            ? nonBlank(j.keywords())
            : translations.keywords().getOrDefault(shown, List.of()));
    return new DatasetDescription(
        j.title() != null ? j.title() : translations.titles().get(shown),
        j.description() != null ? j.description() : translations.descriptions().get(shown),
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
        date("issued", j.issued()),
        date("modified", j.modified()),
        codes,
        texts,
        agents,
        distributions(j.distributions()),
        translations,
        identifiers(j.identifiers()));
  }

  private RecordDate date(String field, String value) {
    try {
      return RecordDate.parseNullable(value);
    } catch (IllegalArgumentException e) {
      problems.add(
          new FieldProblem(field, "is not a date (YYYY, YYYY-MM, YYYY-MM-DD or a date-time)"));
      return null;
    }
  }

  private List<Identifier> identifiers(List<IdentifierJson> values) {
    List<Identifier> identifiers = new ArrayList<>();
    for (int i = 0; values != null && i < values.size(); i++) {
      IdentifierJson v = values.get(i);
      String field = "identifiers[" + i + "]";
      if (v == null || v.notation() == null || v.notation().isBlank()) {
        problems.add(new FieldProblem(field + ".notation", "is required"));
      } else if (v.property() != null
          && !IdentifierJson.IDENTIFIER.equals(v.property())
          && !IdentifierJson.OTHER.equals(v.property())) {
        problems.add(
            new FieldProblem(field + ".property", "is not one of identifier, otherIdentifier"));
      } else {
        Identifier.Kind kind =
            IdentifierJson.IDENTIFIER.equals(v.property())
                ? Identifier.Kind.IDENTIFIER
                : Identifier.Kind.OTHER;
        identifiers.add(new Identifier(v.notation(), v.scheme(), kind));
      }
    }
    return identifiers;
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

  static List<String> nonBlank(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }
}
