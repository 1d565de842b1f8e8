package eu.imaginghub.catalogue.dataset.domain;

/** Free-text, possibly repeated, properties of a dataset. */
public enum TextProperty {
  KEYWORD("http://www.w3.org/ns/dcat#keyword", "keywords"),
  PROVENANCE("http://purl.org/dc/terms/provenance", "provenance"),
  POPULATION_COVERAGE("https://w3id.org/healthdcat-ap#populationCoverage", "populationCoverage");

  private final String predicate;
  private final String field;

  TextProperty(String predicate, String field) {
    this.predicate = predicate;
    this.field = field;
  }

  /** The name of the property in the hub's JSON format. */
  public String field() {
    return field;
  }

  public String predicate() {
    return predicate;
  }
}
