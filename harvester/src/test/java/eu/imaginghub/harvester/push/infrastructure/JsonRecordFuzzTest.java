package eu.imaginghub.harvester.push.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.export.infrastructure.DcatApMapper;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.fetch.infrastructure.HubJsonReader;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.domain.LocalIds;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;

/**
 * Fuzzes the JSON record reader (a JSON array or NDJSON, as pushed or pulled) and, for every record
 * it accepts, the DCAT-AP export in the four RDF syntaxes: a body is either refused with a {@link
 * RecordParseException}, or read completely into records that are accepted or carry their
 * violations (trailing content after the JSON value is refused, not ignored); an accepted record
 * exports to RDF that reads back with the same number of triples in every syntax.
 */
class JsonRecordFuzzTest {

  private static final Node NODE =
      new Node(
          new NodeId("fuzz-node"),
          "Fuzz node",
          "GR",
          "Fuzz organisation",
          "node@fuzz.example.org",
          "https://node.fuzz.example.org",
          Instant.EPOCH);

  private static final JsonRecordReader READER = reader();
  private static final DcatApMapper EXPORT = new DcatApMapper();

  private static JsonRecordReader reader() {
    JsonRecordReader r = new JsonRecordReader();
    r.findings = new FindingsJson();
    return r;
  }

  @FuzzTest(maxDuration = "20s")
  void jsonRecords(byte[] data) {
    readAndExport(data, "application/json");
  }

  @FuzzTest(maxDuration = "20s")
  void ndjsonRecords(byte[] data) {
    readAndExport(data, HubJsonReader.NDJSON);
  }

  private static void readAndExport(byte[] data, String mediaType) {
    List<JsonRecord> records;
    try {
      records = HubJsonReader.records(data, mediaType, true).orElseThrow();
    } catch (RecordParseException refused) {
      return;
    }
    for (JsonRecord json : records) {
      PushedRecord record = READER.read(json);
      if (!record.accepted() && LocalIds.isValid(record.localId())) {
        // a record with a usable local id is refused only with the reasons why
        assertThat(record.violations()).isNotEmpty();
      }
      if (record.accepted()) {
        export(new Dataset(NODE, record.localId(), record.status(), record.description(), NOW));
      }
    }
  }

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static void export(Dataset dataset) {
    Model model = EXPORT.dataset(dataset, "https://hub.example.org/");
    for (RdfSyntax syntax : RdfSyntax.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      syntax.write(model, out);
      Model back = ModelFactory.createDefaultModel();
      RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(syntax.lang()).parse(back);
      assertThat(back.size()).as(syntax.name()).isEqualTo(model.size());
    }
  }
}
