package eu.imaginghub.harvester.push.api;

import eu.imaginghub.harvester.push.domain.PushReport;
import eu.imaginghub.harvester.record.api.FindingJson;
import eu.imaginghub.harvester.run.domain.RecordOutcome;
import eu.imaginghub.harvester.run.domain.RecordResult;
import java.util.List;
import java.util.Locale;

/** What a push did, as the API shows it: the run, its counts and one result per record. */
public record PushReportJson(
    String run,
    String status,
    long added,
    long updated,
    long unchanged,
    long withdrawn,
    long invalid,
    List<RecordJson> records,
    List<String> heldWithdrawals) {

  /** One record's result; the outcome in lower case (added, updated, ...). */
  public record RecordJson(
      String localId, String outcome, List<FindingJson> warnings, List<FindingJson> violations) {

    static RecordJson of(RecordResult r) {
      return new RecordJson(
          r.localId(),
          r.outcome().name().toLowerCase(Locale.ROOT),
          FindingJson.all(r.warnings()),
          FindingJson.all(r.violations()));
    }
  }

  static PushReportJson of(PushReport report) {
    return new PushReportJson(
        report.runId(),
        report.status(),
        report.count(RecordOutcome.ADDED),
        report.count(RecordOutcome.UPDATED),
        report.count(RecordOutcome.UNCHANGED),
        report.count(RecordOutcome.WITHDRAWN),
        report.count(RecordOutcome.INVALID),
        report.records().stream().map(RecordJson::of).toList(),
        report.heldWithdrawals());
  }
}
