package eu.imaginghub.harvester.record.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.domain.RecordParseException;

/**
 * Fuzzes the RDF import in each syntax a node may publish. Whatever the bytes, the import either
 * reads records or refuses the document with a {@link RecordParseException}; any other failure is a
 * finding. In the normal test run the inputs under {@code RdfImportFuzzTestInputs} are replayed;
 * {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration} (see the README).
 */
class RdfImportFuzzTest {

  private static final DcatDocumentImport IMPORT = new DcatDocumentImport();

  @FuzzTest(maxDuration = "20s")
  void turtle(byte[] data) {
    read(data, "text/turtle");
  }

  @FuzzTest(maxDuration = "20s")
  void rdfXml(byte[] data) {
    read(data, "application/rdf+xml");
  }

  @FuzzTest(maxDuration = "20s")
  void jsonLd(byte[] data) {
    read(data, "application/ld+json");
  }

  @FuzzTest(maxDuration = "20s")
  void nTriples(byte[] data) {
    read(data, "application/n-triples");
  }

  private static void read(byte[] data, String mediaType) {
    HarvestedDocument document;
    try {
      document = IMPORT.read(data, mediaType, "urn:imaging-hub:fuzz/");
    } catch (RecordParseException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(document.records()).doesNotContainNull();
  }
}
