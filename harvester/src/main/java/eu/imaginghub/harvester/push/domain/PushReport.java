package eu.imaginghub.harvester.push.domain;

import eu.imaginghub.harvester.run.domain.RecordOutcome;
import eu.imaginghub.harvester.run.domain.RecordResult;
import java.util.List;

/**
 * The result of one push call: its run, how the run ended, what happened to each record, and the
 * local ids whose withdrawal the run holds for a person to confirm.
 */
public record PushReport(
    String runId, String status, List<RecordResult> records, List<String> heldWithdrawals) {

  public PushReport {
    records = List.copyOf(records);
    heldWithdrawals = List.copyOf(heldWithdrawals);
  }

  public long count(RecordOutcome outcome) {
    return records.stream().filter(r -> r.outcome() == outcome).count();
  }
}
