package eu.imaginghub.harvester.record.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Distribution;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.RecordDate.Precision;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DcatDocumentImportTest {

  private static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  private static final String EHDS = "http://data.europa.eu/eli/reg/2025/327/oj";

  private final DcatDocumentImport documents = new DcatDocumentImport();

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "rdf", "jsonld", "nt"})
  void aCompleteEucaimRecordMapsFieldByFieldAndIsPublished(String syntax) {
    HarvestedRecord record = only("eucaim-complete." + syntax);

    assertThat(record.violations()).isEmpty();
    assertThat(record.warnings()).isEmpty();
    assertThat(record.accepted()).isTrue();
    assertThat(record.status()).isEqualTo(LifecycleStatus.PUBLISHED);
    assertThat(record.localId()).isEqualTo("prostate-mri-2024");
    assertThat(record.subject()).isEqualTo("https://node.example.org/datasets/prostate-mri-2024");
    DatasetDescription d = record.description();
    assertThat(d.title()).isEqualTo("Prostate MRI cohort 2015-2020");
    assertThat(d.description())
        .isEqualTo("Biparametric prostate MRI of men referred for suspected cancer.");
    assertThat(d.version()).isEqualTo("2.1.0");
    assertThat(d.accessRights()).isEqualTo(AccessRights.RESTRICTED);
    assertThat(d.licence()).isEqualTo("https://creativecommons.org/licenses/by-nc/4.0/");
    assertThat(d.landingPage())
        .isEqualTo("https://node.example.org/datasets/prostate-mri-2024.html");
    assertThat(d.numberOfIndividuals()).isEqualTo(812);
    assertThat(d.numberOfStudies()).isEqualTo(845);
    assertThat(d.minTypicalAge()).isEqualTo(45);
    assertThat(d.maxTypicalAge()).isEqualTo(80);
    assertThat(d.segmentationCount()).isEqualTo(420);
    assertThat(d.hasStructuredData()).isTrue();
    assertThat(d.acquisitionStart()).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThat(d.acquisitionEnd()).isEqualTo(LocalDate.of(2020, 6, 30));
    assertThat(d.issued()).isEqualTo(new RecordDate("2024-02-01", Precision.DATE));
    assertThat(d.modified()).isEqualTo(new RecordDate("2024-05-10T08:30:00Z", Precision.DATE_TIME));
    assertThat(d.texts(TextProperty.KEYWORD)).containsExactly("MRI", "prostate");
    assertThat(d.texts(TextProperty.PROVENANCE))
        .containsExactly("Retrospective export from the hospital PACS, de-identified.");
    assertThat(d.texts(TextProperty.POPULATION_COVERAGE))
        .containsExactly("Men aged 45 to 80 referred to the urology service.");
    assertCodes(d);
    assertAgents(d);
    assertThat(d.distributions())
        .containsExactly(
            new Distribution(
                "Access request",
                "https://negotiator.example.org/collection/prostate-mri-2024",
                "https://node.example.org/download/prostate-mri-2024.zip",
                "http://publications.europa.eu/resource/authority/file-type/DCM",
                "application/dicom",
                null,
                "https://eucaim.github.io/eucaim_dcat_ap/releases/controlled-vocabularies/"
                    + "access-conditions/#IN_SITU_PROCESSING"));
  }

  private static void assertCodes(DatasetDescription d) {
    assertThat(d.codes(CodedProperty.MODALITY))
        .containsExactly(new Concept(EUCAIM + "IMG1000022", "Magnetic resonance imaging"));
    assertThat(d.codes(CodedProperty.BODY_PART))
        .containsExactly(new Concept(EUCAIM + "BP1000021", "Prostate"));
    assertThat(d.codes(CodedProperty.CONDITION))
        .containsExactly(new Concept(EUCAIM + "CLIN1008011", "Prostate cancer"));
    assertThat(d.codes(CodedProperty.MANUFACTURER))
        .containsExactly(new Concept(EUCAIM + "IMG1000044", null));
    assertThat(d.codes(CodedProperty.TYPE))
        .containsExactly(
            new Concept(EUCAIM + "SPEC1000018", null),
            new Concept("https://w3id.org/dpv#Data", null));
    assertThat(d.codes(CodedProperty.APPLICABLE_LEGISLATION))
        .containsExactly(new Concept(EHDS, null));
    assertThat(d.codes(CodedProperty.DATA_USE))
        .containsExactly(
            new Concept("http://purl.obolibrary.org/obo/DUO_0000042", "general research use"));
    assertThat(d.codes(CodedProperty.THEME))
        .containsExactly(
            new Concept("http://publications.europa.eu/resource/authority/data-theme/HEAL", null));
    assertThat(d.codes(CodedProperty.INTEROPERABILITY_LEVEL))
        .containsExactly(new Concept(EUCAIM + "SPEC1000010", null));
    assertThat(d.codes(CodedProperty.BIRTH_SEX))
        .containsExactly(new Concept(EUCAIM + "COM1001397", null));
    assertThat(d.codes(CodedProperty.COLLECTION_METHOD))
        .containsExactly(new Concept(EUCAIM + "SPEC1000004", null));
    assertThat(d.codes(CodedProperty.SEGMENTATION_LABEL))
        .containsExactly(new Concept(EUCAIM + "BP1000021", "Prostate"));
    assertThat(d.codes(CodedProperty.SEGMENTATION_METHOD))
        .containsExactly(new Concept(EUCAIM + "SPEC1000022", null));
    assertThat(d.codes(CodedProperty.LANGUAGE))
        .containsExactly(
            new Concept("http://publications.europa.eu/resource/authority/language/ENG", null));
    assertThat(d.codes(CodedProperty.SPATIAL))
        .containsExactly(
            new Concept("http://publications.europa.eu/resource/authority/country/ESP", null));
    assertThat(d.codes(CodedProperty.LEGAL_BASIS))
        .containsExactly(new Concept("https://w3id.org/dpv#A9-2-j", null));
    assertThat(d.codes(CodedProperty.PURPOSE))
        .containsExactly(new Concept("https://w3id.org/dpv#ResearchAndDevelopment", null));
    assertThat(d.codes(CodedProperty.ACCRUAL_PERIODICITY))
        .containsExactly(
            new Concept("http://publications.europa.eu/resource/authority/frequency/ANNUAL", null));
    assertThat(d.codes(CodedProperty.HEALTH_CATEGORY))
        .containsExactly(
            new Concept(
                "https://hdeu-dcat.acceptance.data.health.europa.eu/resource/authority/"
                    + "health-category/IMAGING",
                null));
    assertThat(d.codes(CodedProperty.HEALTH_THEME))
        .containsExactly(new Concept("http://www.wikidata.org/entity/Q12078", null));
  }

  private static void assertAgents(DatasetDescription d) {
    assertThat(d.agents(AgentRole.PUBLISHER))
        .containsExactly(
            new Agent(
                "Hospital Universitari Example",
                "data@hospital.example.org",
                "https://hospital.example.org/data",
                "http://purl.org/adms/publishertype/Academia-ScientificOrganisation"));
    assertThat(d.agents(AgentRole.CUSTODIAN))
        .containsExactly(
            new Agent("Radiology Department", "radiology@hospital.example.org", null, null));
    assertThat(d.agents(AgentRole.HEALTH_DATA_ACCESS_BODY))
        .containsExactly(
            new Agent("Health Data Access Body Spain", null, "https://hdab.example.es", null));
    assertThat(d.agents(AgentRole.CREATOR))
        .containsExactly(new Agent("Dr Ana Example", "ana@hospital.example.org", null, null));
    assertThat(d.agents(AgentRole.CONTACT_POINT))
        .containsExactly(
            new Agent(
                "Data desk",
                "datadesk@hospital.example.org",
                "https://hospital.example.org/contact",
                null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "rdf", "jsonld", "nt"})
  void aPlainDcatAp3RecordIsReleasedWithWhatItLacksAsWarnings(String syntax) {
    HarvestedRecord record = only("dcat-ap-3-plain." + syntax);

    assertThat(record.violations()).isEmpty();
    assertThat(record.accepted()).isTrue();
    assertThat(record.status()).isEqualTo(LifecycleStatus.RELEASED);
    assertThat(record.localId()).isEqualTo("air-quality-2023");
    DatasetDescription d = record.description();
    assertThat(d.title()).isEqualTo("Air quality measurements 2023");
    assertThat(d.description())
        .isEqualTo("Hourly measurements of particulate matter at 40 stations.");
    assertThat(d.accessRights()).isEqualTo(AccessRights.PUBLIC);
    assertThat(d.issued()).isEqualTo(new RecordDate("2023", Precision.YEAR));
    assertThat(d.modified()).isEqualTo(new RecordDate("2024-01-15", Precision.DATE));
    assertThat(d.acquisitionStart()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(d.acquisitionEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(d.licence())
        .isEqualTo("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0");
    assertThat(d.texts(TextProperty.KEYWORD)).containsExactly("air quality");
    assertThat(d.agents(AgentRole.PUBLISHER))
        .containsExactly(
            new Agent(
                "Environment Agency",
                null,
                null,
                "http://purl.org/adms/publishertype/NationalAuthority"));
    assertThat(d.agents(AgentRole.CONTACT_POINT))
        .containsExactly(new Agent("Open data team", "opendata@example.eu", null, null));
    assertThat(d.distributions())
        .containsExactly(
            new Distribution(
                null,
                "https://data.example.eu/files/air-quality-2023.csv",
                "https://data.example.eu/files/air-quality-2023.csv",
                "http://publications.europa.eu/resource/authority/file-type/CSV",
                "text/csv",
                null,
                null));
    assertThat(record.warnings())
        .extracting(Finding::path)
        .contains(
            "https://hyperontology.eucaim.cancerimage.eu/#hasImageModality",
            "https://w3id.org/healthdcat-ap#hdab",
            "http://www.w3.org/ns/dcat#version",
            "https://w3id.org/healthdcat-ap#numberOfUniqueIndividuals");
    assertThat(record.warnings())
        .extracting(f -> f.focus() + " " + f.path())
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "rdf", "jsonld", "nt"})
  void aHealthDcatApRecordIsReleasedAndItsVariantsAreRead(String syntax) {
    HarvestedRecord record = only("healthdcat-ap." + syntax);

    assertThat(record.violations()).isEmpty();
    assertThat(record.status()).isEqualTo(LifecycleStatus.RELEASED);
    assertThat(record.localId()).isEqualTo("diabetes-registry");
    DatasetDescription d = record.description();
    assertThat(d.numberOfIndividuals()).isEqualTo(52000);
    assertThat(d.numberOfStudies()).isEqualTo(180000);
    assertThat(d.hasStructuredData()).isTrue();
    assertThat(d.minTypicalAge()).isZero();
    assertThat(d.issued())
        .isEqualTo(new RecordDate("2019-03-04T10:00:00+01:00", Precision.DATE_TIME));
    assertThat(d.acquisitionStart()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(d.acquisitionEnd()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(d.accessRights()).isEqualTo(AccessRights.NON_PUBLIC);
    assertThat(d.agents(AgentRole.PUBLISHER))
        .containsExactly(
            new Agent("National Health Institute", "registry@nhi.example.eu", null, null));
    assertThat(d.agents(AgentRole.HEALTH_DATA_ACCESS_BODY))
        .containsExactly(new Agent("National HDAB", "hdab@example.eu", null, null));
    assertThat(d.agents(AgentRole.CONTACT_POINT))
        .containsExactly(
            new Agent(null, "registry@nhi.example.eu", "https://nhi.example.eu/registry", null));
    assertThat(d.distributions())
        .containsExactly(
            new Distribution(
                null,
                "https://hdab.example.eu/apply/diabetes-registry",
                null,
                null,
                null,
                null,
                "Remote processing in the HDAB secure environment"));
    assertThat(record.warnings())
        .extracting(Finding::path)
        .contains(
            "https://hyperontology.eucaim.cancerimage.eu/#hasCondition",
            "https://hyperontology.eucaim.cancerimage.eu/#interoperabilityLevel")
        .doesNotContain("https://w3id.org/healthdcat-ap#hdab");
  }

  @Test
  void anUnlistedPropertyNeverStandsInForAMissingMandatoryOne() {
    HarvestedRecord record = only("unlisted-standin.ttl");

    assertThat(record.accepted()).isFalse();
    assertThat(record.description()).isNull();
    assertThat(record.status()).isNull();
    // the shapes and the mapper both miss the title: one finding says so
    assertThat(record.violations())
        .extracting(Finding::path)
        .containsOnlyOnce("http://purl.org/dc/terms/title");
    assertThat(record.validation().conforms()).isFalse();
    assertThat(record.validation().reportTurtle())
        .contains("sh:Violation")
        .containsPattern("sh:resultPath\\s+dct:title");
    assertThat(record.rawRecord())
        .contains("<http://www.w3.org/2002/07/owl#versionInfo> \"1.0\"")
        .contains("<https://node.example.org/terms#patients>");
  }

  @Test
  void recordsSharingALocalIdAreBothRefused() {
    HarvestedDocument document = read("duplicate-ids.ttl");

    assertThat(document.records())
        .extracting(HarvestedRecord::subject, HarvestedRecord::localId, HarvestedRecord::accepted)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://node.example.org/datasets/one", "same-id", false),
            org.assertj.core.groups.Tuple.tuple(
                "https://node.example.org/datasets/three", "distinct-id", true),
            org.assertj.core.groups.Tuple.tuple(
                "https://node.example.org/datasets/two", "same-id", false));
    assertThat(document.findings())
        .extracting(Finding::message)
        .containsExactly(
            "local id same-id is used by another record",
            "local id same-id is used by another record");
  }

  @Test
  void aRecordWhoseContentTheHubHoldsIsNeitherMappedNorValidatedAgain() {
    HarvestedDocument first = read("paged-catalogue-page-1.ttl");
    HarvestedRecord a = first.records().get(0);
    String name = "paged-catalogue-page-1.ttl";

    HarvestedDocument again =
        documents.read(
            Fixtures.bytes(name),
            Fixtures.mediaType(name),
            Fixtures.base(name),
            Map.of(a.contentHash(), a.localId()));

    HarvestedRecord known = again.records().get(0);
    assertThat(known.knownUnchanged()).isTrue();
    assertThat(known.localId()).isEqualTo(a.localId());
    assertThat(known.contentHash()).isEqualTo(a.contentHash());
    assertThat(known.rawRecord()).isEqualTo(a.rawRecord());
    assertThat(known.description()).isNull();
    assertThat(known.validation()).isNull();
    assertThat(again.records().get(1).knownUnchanged()).isFalse();
    assertThat(again.records().get(1).description())
        .isEqualTo(first.records().get(1).description());
  }

  @Test
  void aPagedCatalogueGivesItsRecordsAndTheNextPage() {
    HarvestedDocument first = read("paged-catalogue-page-1.ttl");
    HarvestedDocument second = read("paged-catalogue-page-2.ttl");
    HarvestedDocument last = read("paged-catalogue-page-3.ttl");

    assertThat(first.records())
        .extracting(HarvestedRecord::localId)
        .containsExactly("p1-a", "p1-b");
    assertThat(first.nextPages()).containsExactly("https://node.example.org/catalogue?page=2");
    assertThat(second.nextPages()).containsExactly("https://node.example.org/catalogue?page=3");
    assertThat(last.records()).extracting(HarvestedRecord::localId).containsExactly("p3-a");
    assertThat(last.nextPages()).isEmpty();
    assertThat(first.listedOnly()).isEmpty();
    assertThat(first.records()).allMatch(HarvestedRecord::accepted);
  }

  @Test
  void aFairDataPointCatalogueListsDatasetsToFetchOneByOne() {
    HarvestedDocument catalogue = read("fdp-catalogue.ttl");
    HarvestedDocument dataset = read("fdp-dataset-1.ttl");

    assertThat(catalogue.records()).isEmpty();
    assertThat(catalogue.listedOnly())
        .containsExactly(
            "https://fdp.example.org/dataset/fdp-1", "https://fdp.example.org/dataset/fdp-2");
    assertThat(dataset.records()).extracting(HarvestedRecord::localId).containsExactly("fdp-1");
    assertThat(dataset.listedOnly()).isEmpty();
    assertThat(dataset.records().get(0).rawRecord())
        .contains("<https://fdp.example.org/dataset/fdp-1> <http://purl.org/dc/terms/isPartOf>")
        .doesNotContain("<https://fdp.example.org/catalog/imaging> <");
  }

  private HarvestedRecord only(String name) {
    List<HarvestedRecord> records = read(name).records();
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private HarvestedDocument read(String name) {
    return documents.read(Fixtures.bytes(name), Fixtures.mediaType(name), Fixtures.base(name));
  }
}
