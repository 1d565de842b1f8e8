package eu.imaginghub.harvester.push.infrastructure;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.harvester.provenance.domain.ReceivedRecord;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a pushed body into records by its media type: the hub's JSON record format (one object, an
 * array, or NDJSON), or an RDF graph in any syntax the DCAT-AP import reads. A body that cannot be
 * read at all is a problem for the whole call; a record that cannot be read is refused alone.
 */
@ApplicationScoped
public class PushedRecordReader {

  public static final String JSON = "application/json";
  public static final String NDJSON = "application/x-ndjson";
  private static final String N_TRIPLES = "application/n-triples";
  private static final Set<String> RDF =
      Set.of("text/turtle", "application/rdf+xml", "application/ld+json", N_TRIPLES);

  @Inject DcatDocumentImport dcat;
  @Inject JsonRecordReader json;
  @Inject FindingsJson findings;

  /** The media types a push may use. */
  public static boolean readable(String mediaType) {
    String type = bare(mediaType);
    return JSON.equals(type) || NDJSON.equals(type) || RDF.contains(type);
  }

  /**
   * Reads the records of a body.
   *
   * @param nodeId the pushing node, to give RDF documents a base IRI
   */
  public List<PushedRecord> read(byte[] body, String mediaType, String nodeId) {
    String type = bare(mediaType);
    if (JSON.equals(type)) {
      return jsonValues(new String(body, StandardCharsets.UTF_8));
    }
    if (NDJSON.equals(type)) {
      return ndjson(new String(body, StandardCharsets.UTF_8));
    }
    if (RDF.contains(type)) {
      return rdf(body, type, nodeId);
    }
    throw new ProblemException(
        ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE,
        "Push JSON, NDJSON (" + NDJSON + ") or RDF (" + String.join(", ", RDF) + ")");
  }

  private List<PushedRecord> jsonValues(String text) {
    JsonValue value = parse(text, 0);
    List<PushedRecord> records = new ArrayList<>();
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> records.add(json.read(v)));
    } else {
      records.add(json.read(value));
    }
    return records;
  }

  private List<PushedRecord> ndjson(String text) {
    List<PushedRecord> records = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        records.add(json.read(parse(lines[i], i + 1)));
      }
    }
    return records;
  }

  private static JsonValue parse(String text, int line) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      long at = line > 0 ? line : e.getLocation().getLineNumber();
      throw ProblemException.invalid(
          "body",
          "is no JSON at line "
              + at
              + ", column "
              + e.getLocation().getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (JsonException e) {
      throw ProblemException.invalid("body", "is no JSON: " + e.getMessage());
    }
  }

  private List<PushedRecord> rdf(byte[] body, String type, String nodeId) {
    List<HarvestedRecord> harvested;
    try {
      harvested = dcat.read(body, type, "urn:imaging-hub:push:" + nodeId + "/").records();
    } catch (RecordParseException e) {
      throw ProblemException.invalid(
          "body",
          "is no readable RDF at line "
              + e.line()
              + ", column "
              + e.column()
              + ": "
              + e.getMessage());
    }
    return harvested.stream().map(this::pushed).toList();
  }

  /** A record read by the RDF library, as the push and the pull store it. */
  public PushedRecord pushed(HarvestedRecord r) {
    ReceivedRecord received =
        new ReceivedRecord(
            r.contentHash(),
            N_TRIPLES,
            r.rawRecord(),
            findings.write(r.warnings()),
            r.validation() == null ? null : r.validation().reportTurtle());
    return new PushedRecord(
        r.localId(),
        r.description(),
        r.accepted() ? r.status() : null,
        received,
        r.warnings(),
        r.violations());
  }

  private static String bare(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }
}
