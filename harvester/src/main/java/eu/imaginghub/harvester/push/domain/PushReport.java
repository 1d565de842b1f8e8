package eu.imaginghub.harvester.push.domain;

import eu.imaginghub.harvester.run.domain.RecordOutcome;
import java.util.List;

/** The result of one push call: its run and what happened to each record. */
public record PushReport(String runId, List<RecordResult> records) {

  public PushReport {
    records = List.copyOf(records);
  }

  public long count(RecordOutcome outcome) {
    return records.stream().filter(r -> r.outcome() == outcome).count();
  }
}
