package eu.imaginghub.catalogue.dataset.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The hub's JSON form of a dataset: what is read from and written to the API. Fields are those of
 * the EUCAIM DCAT-AP profile; the server-set ones (id, node name, revision, ...) are ignored on
 * input.
 */
public record DatasetJson(
    String id,
    String node,
    String nodeName,
    String country,
    String localId,
    String status,
    String title,
    String description,
    String version,
    List<String> keywords,
    String accessRights,
    String licence,
    String landingPage,
    Integer numberOfIndividuals,
    Integer numberOfStudies,
    Integer minTypicalAge,
    Integer maxTypicalAge,
    Boolean hasStructuredData,
    PeriodJson acquisitionPeriod,
    LocalDate issued,
    LocalDate modified,
    ConceptJson condition,
    ConceptJson interoperabilityLevel,
    ConceptJson accrualPeriodicity,
    List<ConceptJson> themes,
    List<ConceptJson> healthCategories,
    List<ConceptJson> healthThemes,
    List<ConceptJson> types,
    List<ConceptJson> applicableLegislation,
    List<ConceptJson> birthSex,
    List<ConceptJson> collectionMethods,
    List<ConceptJson> modalities,
    List<ConceptJson> manufacturers,
    List<ConceptJson> bodyParts,
    List<ConceptJson> segmentationLabels,
    List<ConceptJson> segmentationMethods,
    Integer segmentationCount,
    List<ConceptJson> languages,
    List<ConceptJson> spatialCoverage,
    List<ConceptJson> legalBases,
    List<ConceptJson> purposes,
    List<ConceptJson> dataUse,
    List<String> provenance,
    List<String> populationCoverage,
    AgentJson publisher,
    List<AgentJson> contactPoints,
    AgentJson custodian,
    AgentJson healthDataAccessBody,
    List<AgentJson> creators,
    List<DistributionJson> distributions,
    String doi,
    Instant created,
    Instant updated,
    Long revision,
    List<WarningJson> warnings) {

  /** A coded value: the IRI, and the label to show (optional on input). */
  public record ConceptJson(String iri, String label) {}

  /** An organisation or person. */
  public record AgentJson(String name, String email, String url, String type) {}

  /** How the data is reached (in this federation, usually an access-request page). */
  public record DistributionJson(
      String title,
      String accessUrl,
      String downloadUrl,
      String format,
      String mediaType,
      String licence,
      String rights) {}

  /** A period of time; either end may be open. */
  public record PeriodJson(LocalDate start, LocalDate end) {}

  /** Something the profile recommends that the record lacks. */
  public record WarningJson(String field, String message) {}
}
