package eu.imaginghub.harvester.record.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.RecordDate.Precision;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A record in two languages, with other identifiers and dates of several precisions, kept whole.
 */
class MultilingualRecordTest {

  private static final String FIXTURE = "multilingual.ttl";
  private static final String SCHEME = "https://registry.example.es/scheme";

  private final DcatDocumentImport documents = new DcatDocumentImport();

  @Test
  void everyLanguageIdentifierAndDatePrecisionIsRead() {
    DatasetDescription d = imported(Fixtures.bytes(FIXTURE), "text/turtle");

    assertThat(d.title()).isEqualTo("Prostate cancer MRI cohort");
    assertThat(d.texts(TextProperty.KEYWORD)).containsExactly("MRI", "prostate");
    assertThat(d.translations().titles())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "en", "Prostate cancer MRI cohort",
                "es", "Cohorte de resonancia magnética de cáncer de próstata"));
    assertThat(d.translations().descriptions()).containsOnlyKeys("en", "es");
    assertThat(d.translations().keywords())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "en",
                List.of("MRI", "prostate"),
                "es",
                List.of("próstata", "resonancia magnética")));
    assertThat(d.identifiers())
        .containsExactlyInAnyOrder(
            new Identifier("prostate-es", null, Identifier.Kind.IDENTIFIER),
            new Identifier(
                "https://doi.org/10.5281/zenodo.1234567", "DataCite", Identifier.Kind.OTHER),
            new Identifier("ES-REG-0042", SCHEME, Identifier.Kind.OTHER));
    assertThat(d.issued()).isEqualTo(new RecordDate("2021-03", Precision.YEAR_MONTH));
    assertThat(d.modified()).isEqualTo(new RecordDate("2024-05-10T08:30:00Z", Precision.DATE_TIME));
  }

  @Test
  void theVisitorsLanguageIsChosenThenEnglish() {
    DatasetDescription d = imported(Fixtures.bytes(FIXTURE), "text/turtle");

    String spanish = d.translations().chooseLanguage(List.of("es-ES", "en"));
    assertThat(d.titleIn(spanish))
        .isEqualTo("Cohorte de resonancia magnética de cáncer de próstata");
    assertThat(d.keywordsIn(spanish)).containsExactly("próstata", "resonancia magnética");
    assertThat(d.titleIn(d.translations().chooseLanguage(List.of("de"))))
        .isEqualTo("Prostate cancer MRI cohort");
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void theExportKeepsEveryLanguageTagIdentifierAndDatatype(RdfSyntax syntax) {
    DatasetDescription d = imported(Fixtures.bytes(FIXTURE), "text/turtle");
    Node node =
        new Node(new NodeId("es-node"), "Node", "ES", "Hospital", null, null, Instant.EPOCH);
    Dataset dataset = new Dataset(node, "prostate-es", LifecycleStatus.RELEASED, d, Instant.EPOCH);

    byte[] exported = ExportRoundTripTest.export(List.of(dataset), syntax);
    DatasetDescription back = imported(exported, syntax.mediaType());

    assertThat(back.translations()).isEqualTo(d.translations());
    assertThat(back.issued()).isEqualTo(d.issued());
    assertThat(back.modified()).isEqualTo(d.modified());
    // the node's dct:identifier comes back as another identifier: the hub's IRI takes its place
    assertThat(back.identifiers())
        .extracting(Identifier::notation, Identifier::scheme)
        .containsAll(d.identifiers().stream().map(i -> tuple(i.notation(), i.scheme())).toList());
    if (syntax == RdfSyntax.TURTLE) {
      assertThat(new String(exported, StandardCharsets.UTF_8))
          .contains("\"Cohorte de resonancia magnética de cáncer de próstata\"@es")
          .contains("\"Prostate cancer MRI cohort\"@en")
          .contains("\"2021-03\"^^xsd:gYearMonth")
          .contains("\"ES-REG-0042\"^^<" + SCHEME + ">");
    }
  }

  private DatasetDescription imported(byte[] bytes, String mediaType) {
    List<HarvestedRecord> records =
        documents.read(bytes, mediaType, "https://node.example.org/").records();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).violations()).isEmpty();
    return records.get(0).description();
  }
}
