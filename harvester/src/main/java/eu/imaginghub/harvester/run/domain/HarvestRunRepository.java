package eu.imaginghub.harvester.run.domain;

import java.util.List;
import java.util.Optional;

/** The harvest runs of all nodes. */
public interface HarvestRunRepository {

  Optional<HarvestRun> find(String id);

  /** The run, locked for update: for decisions that must not race one another. */
  Optional<HarvestRun> findForUpdate(String id);

  /** The node's runs, newest first. */
  List<HarvestRun> ofNode(String nodeId, int limit);

  /** The node's runs still going (or lost while going). */
  List<HarvestRun> running(String nodeId);

  void add(HarvestRun run);

  /** The node's runs whose withdrawals are held, locked for update. */
  List<HarvestRun> held(String nodeId);

  /** Keeps what validation said about one record of a run. */
  void add(RunRecord record);

  /** The run's records that had findings, in run order, from {@code first}. */
  List<RunRecord> records(String runId, int first, int max);

  /** How many of the run's records had findings. */
  long countRecords(String runId);
}
