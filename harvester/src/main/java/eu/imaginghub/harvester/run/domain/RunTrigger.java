package eu.imaginghub.harvester.run.domain;

/** What started a harvest run. */
public enum RunTrigger {
  SCHEDULED,
  MANUAL,
  /** The node asked for an immediate pull. */
  PING,
  /** The node pushed records itself. */
  PUSH,
  /** An admin re-mapped the stored raw records after a mapping change: no network. */
  REMAP
}
