package eu.imaginghub.catalogue.dataset.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hub's JSON form of a dataset: what is read from and written to the API. Fields are those of
 * the EUCAIM DCAT-AP profile; the server-set ones (id, node name, revision, ...) are ignored on
 * input.
 *
 * <p>{@code title}, {@code description} and {@code keywords} are in one language, {@code language}
 * (on output the one chosen for the reader, on input English unless given); {@code titles}, {@code
 * descriptions} and {@code keywordsByLanguage} hold every language by BCP 47 tag ("und" for text
 * without one). Dates are strings as precise as given: a year, a month, a day or a date-time.
 */
public record DatasetJson(
    String id,
    String node,
    String nodeName,
    String country,
    String localId,
    String status,
    String language,
    String title,
    Map<String, String> titles,
    String description,
    Map<String, String> descriptions,
    String version,
    List<String> keywords,
    Map<String, List<String>> keywordsByLanguage,
    List<IdentifierJson> identifiers,
    String accessRights,
    String licence,
    String landingPage,
    Integer numberOfIndividuals,
    Integer numberOfStudies,
    Integer minTypicalAge,
    Integer maxTypicalAge,
    Boolean hasStructuredData,
    PeriodJson acquisitionPeriod,
    String issued,
    String modified,
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
    List<WarningJson> warnings,
    Integer versionNumber,
    String conceptDoi,
    String recordUrl,
    InvalidationJson invalidation,
    Boolean everPublished,
    String page,
    Boolean current,
    Integer supersededBy,
    Integer currentVersion,
    List<String> allowedActions) {

  /**
   * Over a few fields only, which equal answers share: the JSON binding hashes every object it
   * writes (to notice cycles), and a record's own hash would go over the whole answer each time.
   */
  @Override
  public int hashCode() {
    return Objects.hash(id, revision, versionNumber, title);
  }

  /** A coded value: the IRI, and the label to show (optional on input). */
  public record ConceptJson(String iri, String label) {}

  /**
   * An identifier the node gives the dataset: {@code property} is "identifier" (dct:identifier) or
   * "otherIdentifier" (adms:identifier, the default); {@code scheme} what kind it is, optional.
   */
  public record IdentifierJson(String notation, String scheme, String property) {

    /** The JSON names of the two kinds of identifier, after their DCAT-AP properties. */
    public static final String IDENTIFIER = "identifier";

    public static final String OTHER = "otherIdentifier";
  }

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

  /** When, by whom and why the dataset was invalidated. */
  public record InvalidationJson(Instant at, String by, String byName, String reason) {}
}
