package eu.imaginghub.access.use.domain;

/** A use asked about before it runs, or reported after it ran. */
public enum UseKind {
  CHECK,
  REPORT
}
