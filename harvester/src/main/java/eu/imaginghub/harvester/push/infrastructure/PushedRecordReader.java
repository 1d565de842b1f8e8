package eu.imaginghub.harvester.push.infrastructure;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.harvester.fetch.domain.FetchedRecord;
import eu.imaginghub.harvester.fetch.infrastructure.HubJsonReader;
import eu.imaginghub.harvester.provenance.domain.ReceivedRecord;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Reads a pushed body into records by its media type: the hub's JSON record format (one object, an
 * array, or NDJSON), or an RDF graph in any syntax the DCAT-AP import reads. A body that cannot be
 * read at all is a problem for the whole call; a record that cannot be read is refused alone.
 */
@ApplicationScoped
public class PushedRecordReader {

  public static final String JSON = "application/json";
  public static final String NDJSON = HubJsonReader.NDJSON;
  private static final String N_TRIPLES = "application/n-triples";
  private static final Set<String> RDF =
      Set.of("text/turtle", "application/rdf+xml", "application/ld+json", N_TRIPLES);

  @Inject DcatDocumentImport dcat;
  @Inject JsonRecordReader json;
  @Inject FindingsJson findings;

  /** The media types a push may use. */
  public static boolean readable(String mediaType) {
    String type = HubJsonReader.bareType(mediaType);
    return JSON.equals(type) || NDJSON.equals(type) || RDF.contains(type);
  }

  /** Reads the records of a body. */
  public List<PushedRecord> read(byte[] body, String mediaType) {
    String type = HubJsonReader.bareType(mediaType);
    if (JSON.equals(type) || NDJSON.equals(type)) {
      return json(body, type);
    }
    if (RDF.contains(type)) {
      return rdf(body, type);
    }
    throw new ProblemException(
        ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE,
        "Push JSON, NDJSON (" + NDJSON + ") or RDF (" + String.join(", ", RDF) + ")");
  }

  private List<PushedRecord> json(byte[] body, String type) {
    try {
      return HubJsonReader.records(body, type, true).orElseThrow().stream()
          .map(json::read)
          .toList();
    } catch (RecordParseException e) {
      String at = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
      throw ProblemException.invalid("body", "is no JSON" + at + ": " + e.getMessage());
    }
  }

  private List<PushedRecord> rdf(byte[] body, String type) {
    List<HarvestedRecord> harvested;
    try {
      // a pushed body has no address of its own: relative IRIs in it name nothing, and are refused
      harvested = dcat.read(body, type, null).records();
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

  /** A record a pull fetched, as the run stores it. */
  public PushedRecord pushed(FetchedRecord r) {
    return r.json() != null ? json.read(r.json()) : pushed(r.record());
  }

  /** A record read by the RDF library, as the push and the pull store it. */
  public PushedRecord pushed(HarvestedRecord r) {
    ReceivedRecord received =
        new ReceivedRecord(
            r.contentHash(),
            N_TRIPLES,
            r.rawRecord(),
            findings.write(r.warnings()),
            r.validation() == null || r.validation().findings().isEmpty()
                ? null
                : r.validation().reportTurtle());
    return new PushedRecord(
        r.localId(),
        r.description(),
        r.accepted() ? r.status() : null,
        received,
        r.warnings(),
        r.violations(),
        r.knownUnchanged());
  }
}
