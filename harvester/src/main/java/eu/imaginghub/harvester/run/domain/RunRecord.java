package eu.imaginghub.harvester.run.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * What validation said about one record of a run, kept with the run: its findings (as the JSON
 * array a record's provenance keeps) and, for an RDF record, its SHACL report when it has results.
 * Only records with a finding have one.
 */
@Entity
@Table(name = "harvest_run_record")
@IdClass(RunRecord.Key.class)
public class RunRecord {

  /** The key: the run and the record's position in it. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String runId;
    private int position;

    protected Key() {}

    public Key(String runId, int position) {
      this.runId = runId;
      this.position = position;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(runId, k.runId) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(runId, position);
    }
  }

  @Id
  @Column(name = "run_id", length = 36)
  private String runId;

  @Id
  @Column(name = "position")
  private int position;

  @Column(name = "local_id", length = 500)
  private String localId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 20)
  private RecordOutcome outcome;

  @Column(name = "findings_json", nullable = false, length = 1000000)
  private String findingsJson;

  @Column(name = "shacl_report", length = 1000000)
  private String shaclReport;

  protected RunRecord() {}

  public RunRecord(
      String runId,
      int position,
      String localId,
      RecordOutcome outcome,
      String findingsJson,
      String shaclReport) {
    this.runId = Objects.requireNonNull(runId, "run");
    this.position = position;
    this.localId = localId;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.findingsJson = Objects.requireNonNull(findingsJson, "findings");
    this.shaclReport = shaclReport;
  }

  public String runId() {
    return runId;
  }

  public int position() {
    return position;
  }

  /** The record's local id; null for a record that named none. */
  public String localId() {
    return localId;
  }

  public RecordOutcome outcome() {
    return outcome;
  }

  public String findingsJson() {
    return findingsJson;
  }

  public Optional<String> shaclReport() {
    return Optional.ofNullable(shaclReport);
  }
}
