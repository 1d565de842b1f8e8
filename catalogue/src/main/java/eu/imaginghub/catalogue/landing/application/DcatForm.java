package eu.imaginghub.catalogue.landing.application;

import java.util.Arrays;
import java.util.Optional;

/** The syntaxes a landing page offers the dataset's DCAT-AP record in, with their URL names. */
public enum DcatForm {
  TURTLE("turtle", "text/turtle", "Turtle"),
  RDF_XML("rdfxml", "application/rdf+xml", "RDF/XML"),
  JSON_LD("jsonld", "application/ld+json", "JSON-LD");

  private final String parameter;
  private final String mediaType;
  private final String title;

  DcatForm(String parameter, String mediaType, String title) {
    this.parameter = parameter;
    this.mediaType = mediaType;
    this.title = title;
  }

  /** The value of the page's {@code format} parameter that asks for this syntax. */
  public String parameter() {
    return parameter;
  }

  public String mediaType() {
    return mediaType;
  }

  public String title() {
    return title;
  }

  public static Optional<DcatForm> ofParameter(String value) {
    return Arrays.stream(values()).filter(f -> f.parameter.equals(value)).findFirst();
  }

  public static Optional<DcatForm> ofMediaType(String value) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(value)).findFirst();
  }
}
