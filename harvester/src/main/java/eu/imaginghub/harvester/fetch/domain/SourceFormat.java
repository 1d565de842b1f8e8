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
          + " application/n-triples;q=0.7, application/json;q=0.5, */*;q=0.1"),
  TURTLE("text/turtle", "text/turtle"),
  RDF_XML("application/rdf+xml", "application/rdf+xml"),
  JSON_LD("application/ld+json", "application/ld+json"),
  N_TRIPLES("application/n-triples", "application/n-triples");

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
    return mediaType == null ? contentType : mediaType;
  }
}
