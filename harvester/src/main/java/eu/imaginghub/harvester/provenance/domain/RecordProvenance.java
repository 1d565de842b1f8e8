package eu.imaginghub.harvester.provenance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the hub's copy of a node's record came from: the source (a URL, or {@code push}), the run,
 * when, its content hash, the record exactly as received, its warnings and its SHACL report. The
 * content hash decides whether a record seen again changed at all.
 */
@Entity
@Table(name = "record_provenance")
@IdClass(RecordKey.class)
public class RecordProvenance {

  private static final String RDF_RECORD = "application/n-triples";
  private static final String CONFORMING_REPORT =
      "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n"
          + "[ a sh:ValidationReport ;\n  sh:conforms true\n] .\n";

  /** The source of pushed records. */
  public static final String PUSH = "push";

  @Id
  @Column(name = "node_id", length = 63)
  private String nodeId;

  @Id
  @Column(name = "local_id", length = 500)
  private String localId;

  @Column(name = "dataset_id", nullable = false, length = 64)
  private String datasetId;

  @Column(name = "source", nullable = false, length = 2000)
  private String source;

  @Column(name = "run_id", nullable = false, length = 36)
  private String runId;

  @Column(name = "fetched_at", nullable = false)
  private Instant fetchedAt;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "raw_record", nullable = false, length = 1000000)
  private String rawRecord;

  @Column(name = "warnings_json", length = 1000000)
  private String warningsJson;

  @Column(name = "shacl_report", length = 1000000)
  private String shaclReport;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected RecordProvenance() {}

  public RecordProvenance(String nodeId, String localId, String datasetId) {
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.localId = Objects.requireNonNull(localId, "local id");
    this.datasetId = Objects.requireNonNull(datasetId, "dataset id");
  }

  /** Records that the record was received (again) in the given run. */
  public void received(ReceivedRecord r, String fromSource, String inRun, Instant at) {
    this.source = Objects.requireNonNull(fromSource, "source");
    this.runId = Objects.requireNonNull(inRun, "run");
    this.fetchedAt = Objects.requireNonNull(at, "at");
    this.contentHash = r.contentHash();
    this.mediaType = r.mediaType();
    this.rawRecord = r.rawRecord();
    this.warningsJson = r.warningsJson();
    this.shaclReport = r.shaclReport();
    this.withdrawnAt = null;
  }

  public void withdrawn(String inRun, Instant at) {
    this.runId = inRun;
    this.withdrawnAt = at;
  }

  /** Whether the record as received now equals the one stored and still in the catalogue. */
  public boolean unchangedBy(String newHash) {
    return withdrawnAt == null && contentHash.equals(newHash);
  }

  public String nodeId() {
    return nodeId;
  }

  public String localId() {
    return localId;
  }

  public String datasetId() {
    return datasetId;
  }

  public String source() {
    return source;
  }

  public String runId() {
    return runId;
  }

  public Instant fetchedAt() {
    return fetchedAt;
  }

  public String contentHash() {
    return contentHash;
  }

  public String mediaType() {
    return mediaType;
  }

  public String rawRecord() {
    return rawRecord;
  }

  public String warningsJson() {
    return warningsJson == null ? "[]" : warningsJson;
  }

  /**
   * The record's SHACL report as Turtle; empty for a JSON record. The report of an RDF record
   * without any result is not stored (it is the same for every such record) but given here.
   */
  public Optional<String> shaclReport() {
    if (shaclReport == null && RDF_RECORD.equals(mediaType)) {
      return Optional.of(CONFORMING_REPORT);
    }
    return Optional.ofNullable(shaclReport);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }
}
