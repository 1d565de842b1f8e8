package eu.imaginghub.harvester.source.domain;

/** How a source's documents are read: by content negotiation, or in one fixed syntax. */
public enum SourceFormat {
  AUTO,
  TURTLE,
  RDFXML,
  JSONLD,
  NTRIPLES,
  /** The hub's own JSON record format, as pushed. */
  JSON
}
