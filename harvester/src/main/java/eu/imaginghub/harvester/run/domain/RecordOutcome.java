package eu.imaginghub.harvester.run.domain;

/** What a run did with one record; a run counts each. */
public enum RecordOutcome {
  ADDED,
  UPDATED,
  UNCHANGED,
  WITHDRAWN,
  INVALID
}
