package eu.imaginghub.harvester.fetch.domain;

/**
 * The format a harvest source is read in: chosen by content negotiation, or fixed by the admin when
 * a node labels its documents wrongly.
 */
public enum SourceFormat {
  /** Ask for any RDF syntax by preference and read what the response's Content-Type says. */
  AUTO(
      null,
      "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8,"
          + " application/n-triples;q=0.7, application/json;q=0.5, application/x-ndjson;q=0.5,"
          + " */*;q=0.1"),
  TURTLE("text/turtle", "text/turtle"),
  RDF_XML("application/rdf+xml", "application/rdf+xml"),
  JSON_LD("application/ld+json", "application/ld+json"),
  N_TRIPLES("application/n-triples", "application/n-triples"),
  /** The hub's own JSON record format (as pushed): a JSON array of records, or NDJSON. */
  JSON("application/json", "application/json, application/x-ndjson;q=0.9");

  private final String mediaType;
  private final String accept;

  SourceFormat(String mediaType, String accept) {
    this.mediaType = mediaType;
    this.accept = accept;
  }

  /** The {@code Accept} header sent for documents of this source. */
  public String accept() {
    return accept;
  }

  /**
   * The media type a response is read as: the fixed one, or for {@link #AUTO} the response's own.
   */
  public String readAs(String contentType) {
    if (this == JSON && contentType != null && contentType.contains("ndjson")) {
      return contentType; // NDJSON is the other shape of the same format
    }
    return mediaType == null ? contentType : mediaType;
  }

  /** Whether a fixed format says documents are in the hub's JSON record format. */
  public boolean hubJson() {
    return this == JSON;
  }
}
