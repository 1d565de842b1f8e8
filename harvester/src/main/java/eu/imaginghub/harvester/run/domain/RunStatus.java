package eu.imaginghub.harvester.run.domain;

/** Where a harvest run stands. */
public enum RunStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  /** The source answered 304: nothing changed since the last fetch. */
  NOT_MODIFIED
}
