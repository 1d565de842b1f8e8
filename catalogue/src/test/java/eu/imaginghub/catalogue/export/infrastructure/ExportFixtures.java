package eu.imaginghub.catalogue.export.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Datasets as a node would publish them: one with every property, one with just a title. */
final class ExportFixtures {

  static final String HUB = "https://hub.example.org";
  static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  static final String MR = EUCAIM + "IMG1000022";
  static final String EHDS = "http://data.europa.eu/eli/reg/2025/327/oj";
  static final String GENERAL_RESEARCH_USE = "http://purl.obolibrary.org/obo/DUO_0000042";
  static final String NEGOTIATOR = "https://negotiator.example.org/collection/prostate-42";
  static final String LICENCE = "https://creativecommons.org/licenses/by-nc/4.0/";
  static final String IN_SITU =
      "https://eucaim.github.io/eucaim_dcat_ap/releases/controlled-vocabularies/"
          + "access-conditions/#IN_SITU_PROCESSING";
  static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

  private ExportFixtures() {}

  static Node node() {
    return new Node(
        new NodeId("gr-forth"),
        "FORTH imaging node",
        "GR",
        "Foundation for Research and Technology Hellas",
        "node@forth.example.org",
        "https://node.forth.example.org",
        NOW);
  }

  static Dataset full() {
    return new Dataset(node(), "prostate-42", LifecycleStatus.PUBLISHED, fullDescription(), NOW);
  }

  static Dataset minimal() {
    return draft("bare-1", sparse("Bare record", null, null, Map.of()));
  }

  static Dataset titled(String localId) {
    DatasetDescription d = sparse("Dataset " + localId, AccessRights.PUBLIC, 10, Map.of());
    return new Dataset(node(), localId, LifecycleStatus.PUBLISHED, d, NOW);
  }

  /** A draft without distributions, carrying only the given codes. */
  static Dataset draftWithCodes(Map<CodedProperty, List<Concept>> codes) {
    return draft("coded-1", sparse("Coded draft", null, null, codes));
  }

  private static Dataset draft(String localId, DatasetDescription description) {
    return new Dataset(node(), localId, LifecycleStatus.DRAFT, description, NOW);
  }

  private static DatasetDescription sparse(
      String title,
      AccessRights access,
      Integer individuals,
      Map<CodedProperty, List<Concept>> codes) {
    return DatasetDescription.builder()
        .title(title)
        .accessRights(access)
        .numberOfIndividuals(individuals)
        .codes(codes)
        .build();
  }

  static DatasetDescription fullDescription() {
    return DatasetDescription.builder()
        .title("Prostate mpMRI challenge")
        .description("Patients with mpMRI examinations and biopsy-confirmed prostate cancer.")
        .version("2.1.0")
        .accessRights(AccessRights.RESTRICTED)
        .licence(LICENCE)
        .landingPage("https://node.forth.example.org/datasets/prostate-42")
        .numberOfIndividuals(1500)
        .numberOfStudies(1800)
        .minTypicalAge(35)
        .maxTypicalAge(87)
        .segmentationCount(900)
        .hasStructuredData(false)
        .acquisitionStart(LocalDate.of(2018, 1, 1))
        .acquisitionEnd(LocalDate.of(2023, 12, 31))
        .issued(RecordDate.of(LocalDate.of(2024, 3, 1)))
        .modified(RecordDate.of(LocalDate.of(2024, 6, 15)))
        .codes(codes())
        .texts(texts())
        .agents(agents())
        .distributions(distributions())
        .build();
  }

  private static Map<CodedProperty, List<Concept>> codes() {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    codes.put(CodedProperty.MODALITY, List.of(new Concept(MR, "Magnetic resonance imaging")));
    codes.put(CodedProperty.CONDITION, List.of(new Concept(EUCAIM + "CLIN1000075", null)));
    codes.put(CodedProperty.BODY_PART, List.of(new Concept(EUCAIM + "BP1000233", "Prostate")));
    codes.put(CodedProperty.APPLICABLE_LEGISLATION, List.of(new Concept(EHDS, null)));
    codes.put(
        CodedProperty.DATA_USE, List.of(new Concept(GENERAL_RESEARCH_USE, "General research use")));
    codes.put(
        CodedProperty.HEALTH_CATEGORY,
        List.of(
            new Concept(
                "http://healthdataeu.pages.code.europa.eu/healthdcat-ap/resource/authority/"
                    + "healthcategories/IDHP",
                null)));
    return codes;
  }

  private static Map<TextProperty, List<String>> texts() {
    return Map.of(
        TextProperty.KEYWORD, List.of("prostate cancer", "mpMRI"),
        TextProperty.PROVENANCE, List.of("Collected at three Greek hospitals, anonymised."),
        TextProperty.POPULATION_COVERAGE, List.of("Men aged 35 to 87 treated in 2018-2023."));
  }

  private static Map<AgentRole, List<Agent>> agents() {
    return Map.of(
        AgentRole.PUBLISHER,
        List.of(new Agent("FORTH", "info@forth.example.org", "https://forth.example.org", null)),
        AgentRole.CONTACT_POINT,
        List.of(new Agent("Access committee", "access@procancer-i.example.org", null, null)),
        AgentRole.CUSTODIAN,
        List.of(new Agent("Hospital of Heraklion", null, "https://pagni.example.org", null)),
        AgentRole.HEALTH_DATA_ACCESS_BODY,
        List.of(new Agent("Greek HDAB", "hdab@example.gov.gr", null, null)),
        AgentRole.CREATOR,
        List.of(new Agent("ProCAncer-I", "team@procancer-i.example.org", null, null)));
  }

  private static List<Distribution> distributions() {
    return List.of(
        new Distribution(
            "DICOM images", NEGOTIATOR, null, "DCM", "application/dicom", null, IN_SITU),
        new Distribution(
            "Segmentations",
            "https://node.forth.example.org/segmentations",
            "https://node.forth.example.org/segmentations.zip",
            "http://publications.europa.eu/resource/authority/file-type/ZIP",
            null,
            "https://creativecommons.org/licenses/by/4.0/",
            "Download after approval by the access committee."));
  }
}
