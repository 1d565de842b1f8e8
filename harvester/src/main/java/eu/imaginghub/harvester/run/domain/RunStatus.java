package eu.imaginghub.harvester.run.domain;

/** Where a harvest run stands. */
public enum RunStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** The source answered 304: nothing changed since the last fetch. */
  NOT_MODIFIED,
  /**
   * The run stored its additions and updates but would have withdrawn too much of the node at once;
   * those withdrawals wait for a person to confirm or discard them.
   */
  HELD,
  /** A held run whose withdrawals were discarded, by a person or by a newer complete run. */
  DISCARDED
}
