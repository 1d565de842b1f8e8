package eu.imaginghub.harvester.run.api;

import eu.imaginghub.harvester.record.api.FindingJson;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import eu.imaginghub.harvester.run.application.RunValidation;
import java.util.List;

/**
 * A page of a run's validation report as the API shows it.
 *
 * @param run the run
 * @param node the node harvested
 * @param total how many of the run's records had findings
 * @param page the page, from 1
 * @param size the page size
 * @param records the records of this page, in run order
 */
public record RunValidationJson(
    String run, String node, long total, int page, int size, List<RecordJson> records) {

  /** One record's findings. */
  public record RecordJson(
      String localId, String outcome, boolean shaclReport, List<FindingJson> findings) {}

  static RunValidationJson of(RunValidation.Page p, int page, int size, FindingsJson findings) {
    return new RunValidationJson(
        p.run().id(),
        p.run().nodeId(),
        p.total(),
        page,
        size,
        p.records().stream()
            .map(
                r ->
                    new RecordJson(
                        r.localId(),
                        r.outcome().name(),
                        r.shaclReport().isPresent(),
                        FindingJson.all(findings.read(r.findingsJson()))))
            .toList());
  }
}
