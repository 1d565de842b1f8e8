package eu.imaginghub.harvester.record.domain;

/** How much a finding weighs: a violation rejects the record, a warning is reported with it. */
public enum Severity {
  VIOLATION,
  WARNING,
  INFO
}
