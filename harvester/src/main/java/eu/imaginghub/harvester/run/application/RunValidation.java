package eu.imaginghub.harvester.run.application;

import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.record.infrastructure.ValidationReports;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.run.domain.RunRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A run's validation report: what validation said about each record the run read that had a finding
 * (records it took as unchanged were not validated again), for admins and the node's operators.
 */
@ApplicationScoped
@Transactional
public class RunValidation {

  private static final int CHUNK = 500;

  /** One page of the report. */
  public record Page(HarvestRun run, long total, List<RunRecord> records) {}

  @Inject HarvestRuns runs;
  @Inject HarvestRunRepository repository;

  /** One page, counted from 0; a page past the end is empty (its offset may pass an int). */
  public Page page(String runId, int page, int size, Viewer viewer) {
    HarvestRun run = runs.get(runId, viewer);
    long total = repository.countRecords(runId);
    long first = (long) page * size;
    List<RunRecord> records =
        first >= total ? List.of() : repository.records(runId, (int) first, size);
    return new Page(run, total, records);
  }

  /** The SHACL reports of the run's RDF records, joined into one, as Turtle. */
  public String shaclTurtle(String runId, Viewer viewer) {
    runs.get(runId, viewer);
    ValidationReports reports = new ValidationReports();
    for (int first = 0; ; first += CHUNK) {
      List<RunRecord> chunk = repository.records(runId, first, CHUNK);
      chunk.forEach(r -> r.shaclReport().ifPresent(reports::add));
      if (chunk.size() < CHUNK) {
        return reports.turtle();
      }
    }
  }
}
