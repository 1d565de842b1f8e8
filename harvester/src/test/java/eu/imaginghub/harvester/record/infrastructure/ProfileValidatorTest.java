package eu.imaginghub.harvester.record.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.ProfileReport;
import eu.imaginghub.harvester.record.domain.Severity;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class ProfileValidatorTest {

  private static final String DCAT = "http://www.w3.org/ns/dcat#";
  private static final String DCT = "http://purl.org/dc/terms/";
  private static final String EUCAIM = "https://hyperontology.eucaim.cancerimage.eu/#";
  private static final String HEALTH = "https://w3id.org/healthdcat-ap#";

  private final RdfDocumentReader reader = new RdfDocumentReader();
  private final ProfileValidator validator = new ProfileValidator();

  @Test
  void aCompleteRecordConformsWithoutFindings() {
    ProfileReport report = validate(Fixtures.bytes("eucaim-complete.ttl"));

    assertThat(report.conforms()).isTrue();
    assertThat(report.findings()).isEmpty();
    assertThat(report.reportTurtle()).contains("sh:conforms").contains("true");
  }

  @Test
  void aPlainDcatApRecordConformsWithTheEucaimPropertiesAsWarnings() {
    ProfileReport report = validate(Fixtures.bytes("dcat-ap-3-plain.ttl"));

    assertThat(report.conforms()).isTrue();
    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings())
        .extracting(Finding::path)
        .containsExactlyInAnyOrder(
            DCAT + "version",
            EUCAIM + "interoperabilityLevel",
            HEALTH + "healthCategory",
            DCT + "type",
            HEALTH + "hasStructuredData",
            HEALTH + "numberOfUniqueIndividuals",
            HEALTH + "numberOfRecords",
            EUCAIM + "hasBirthSex",
            EUCAIM + "hasCondition",
            EUCAIM + "collectionMethod",
            EUCAIM + "hasImageModality",
            EUCAIM + "hasEquipmentManufacturer",
            EUCAIM + "hasImageBodyPart",
            DCT + "provenance",
            HEALTH + "hdab",
            DCAT + "distribution",
            DCT + "publisher");
    assertThat(report.warnings()).allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(report.reportTurtle()).contains("sh:Warning").doesNotContain("sh:Violation");
  }

  @Test
  void coreDcatApGapsAndCappedCardinalitiesAreViolations() {
    String turtle =
        """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix spdx: <http://spdx.org/rdf/terms#> .
        <https://x.example/d> a dcat:Dataset ;
          dct:identifier "a" , "b" ;
          dct:publisher [ dct:type <https://x.example/t> ] ;
          <http://data.europa.eu/930/custodian> [ dct:type <https://x.example/t> ] ;
          dcat:distribution [ dct:title "no access URL" ;
            spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ] ] .
        """;

    ProfileReport report = validate(turtle.getBytes(StandardCharsets.UTF_8));

    assertThat(report.conforms()).isFalse();
    assertThat(report.violations())
        .extracting(Finding::focus, Finding::path)
        .containsExactlyInAnyOrder(
            tuple("https://x.example/d", DCT + "title"),
            tuple("https://x.example/d", DCT + "description"),
            tuple("https://x.example/d", DCT + "identifier"),
            tuple("https://x.example/d", DCAT + "distribution"),
            tuple("https://x.example/d", DCT + "publisher"),
            tuple("https://x.example/d", "http://data.europa.eu/930/custodian"));
    assertThat(report.violations())
        .extracting(Finding::message)
        .contains("a dataset needs a title (dct:title)", "dct:identifier takes at most one value");
  }

  private ProfileReport validate(byte[] turtle) {
    Model model = reader.read(turtle, "text/turtle", "https://x.example/");
    var dataset = CatalogueDocument.of(model).datasets().get(0);
    RecordGraph record = RecordGraph.of(dataset);
    Model graph = record.model();
    return validator.validate(graph, record.dataset(graph));
  }
}
