package eu.imaginghub.harvester.run.api;

import eu.imaginghub.harvester.push.api.PushReportJson.FindingJson;
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
}
