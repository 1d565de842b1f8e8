package eu.imaginghub.harvester.run.domain;

import eu.imaginghub.harvester.record.domain.Finding;
import java.util.List;

/** What a push did with one record, and why. */
public record RecordResult(
    String localId, RecordOutcome outcome, List<Finding> warnings, List<Finding> violations) {

  public RecordResult {
    warnings = List.copyOf(warnings);
    violations = List.copyOf(violations);
  }
}
