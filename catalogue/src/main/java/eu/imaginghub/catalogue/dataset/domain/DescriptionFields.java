package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The single-valued part of a dataset's description, kept with the dataset row; the many-valued
 * part lives in the dataset's collection tables. Replaced as a whole, as the description is.
 */
@Embeddable
class DescriptionFields {

  @Column(name = "title", nullable = false, length = 1000)
  private String title;

  @Column(name = "description", length = 20000)
  private String description;

  @Column(name = "version_info", length = 100)
  private String versionInfo;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_rights", length = 20)
  private AccessRights accessRights;

  @Column(name = "licence_iri", length = 1000)
  private String licence;

  @Column(name = "landing_page", length = 1000)
  private String landingPage;

  @Column(name = "individuals")
  private Integer numberOfIndividuals;

  @Column(name = "studies")
  private Integer numberOfStudies;

  @Column(name = "min_age")
  private Integer minTypicalAge;

  @Column(name = "max_age")
  private Integer maxTypicalAge;

  @Column(name = "segmentation_count")
  private Integer segmentationCount;

  @Column(name = "structured_data")
  private Boolean hasStructuredData;

  @Column(name = "acquisition_start")
  private LocalDate acquisitionStart;

  @Column(name = "acquisition_end")
  private LocalDate acquisitionEnd;

  @Column(name = "issued")
  private LocalDate issued;

  @Column(name = "modified_at_source")
  private LocalDate modified;

  /** The dates as precise as the node gave them; the days above place them for sorting. */
  @Column(name = "issued_text", length = 40)
  private String issuedText;

  @Column(name = "modified_text", length = 40)
  private String modifiedText;

  protected DescriptionFields() {}

  /** The single values of a description, which must have a title. */
  static DescriptionFields of(DatasetDescription d) {
    if (d.title() == null || d.title().isBlank()) {
      throw new IllegalArgumentException("a dataset needs a title");
    }
    DescriptionFields f = new DescriptionFields();
    f.title = d.title().strip();
    f.description = d.description();
    f.versionInfo = d.version();
    f.accessRights = d.accessRights();
    f.licence = d.licence();
    f.landingPage = d.landingPage();
    f.numberOfIndividuals = d.numberOfIndividuals();
    f.numberOfStudies = d.numberOfStudies();
    f.minTypicalAge = d.minTypicalAge();
    f.maxTypicalAge = d.maxTypicalAge();
    f.segmentationCount = d.segmentationCount();
    f.hasStructuredData = d.hasStructuredData();
    f.acquisitionStart = d.acquisitionStart();
    f.acquisitionEnd = d.acquisitionEnd();
    f.issued = d.issued() == null ? null : d.issued().firstDay();
    f.issuedText = d.issued() == null ? null : d.issued().text();
    f.modified = d.modified() == null ? null : d.modified().firstDay();
    f.modifiedText = d.modified() == null ? null : d.modified().text();
    return f;
  }

  /**
   * The whole description: these single values with the many-valued part given, built by name as
   * every description is.
   */
  DatasetDescription with(
      Map<CodedProperty, List<Concept>> codes,
      Map<TextProperty, List<String>> texts,
      Map<AgentRole, List<Agent>> agents,
      List<Distribution> distributions,
      Translations translations,
      List<Identifier> identifiers) {
    return DatasetDescription.builder()
        .title(title)
        .description(description)
        .version(versionInfo)
        .accessRights(accessRights)
        .licence(licence)
        .landingPage(landingPage)
        .numberOfIndividuals(numberOfIndividuals)
        .numberOfStudies(numberOfStudies)
        .minTypicalAge(minTypicalAge)
        .maxTypicalAge(maxTypicalAge)
        .segmentationCount(segmentationCount)
        .hasStructuredData(hasStructuredData)
        .acquisitionStart(acquisitionStart)
        .acquisitionEnd(acquisitionEnd)
        .issued(date(issuedText, issued))
        .modified(date(modifiedText, modified))
        .codes(codes)
        .texts(texts)
        .agents(agents)
        .distributions(distributions)
        .translations(translations)
        .identifiers(identifiers)
        .build();
  }

  private static RecordDate date(String text, LocalDate day) {
    return text != null ? RecordDate.parse(text) : RecordDate.of(day);
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  AccessRights accessRights() {
    return accessRights;
  }

  Integer numberOfIndividuals() {
    return numberOfIndividuals;
  }

  Integer numberOfStudies() {
    return numberOfStudies;
  }

  Integer minTypicalAge() {
    return minTypicalAge;
  }

  Integer maxTypicalAge() {
    return maxTypicalAge;
  }

  Integer segmentationCount() {
    return segmentationCount;
  }

  LocalDate issued() {
    return issued;
  }
}
