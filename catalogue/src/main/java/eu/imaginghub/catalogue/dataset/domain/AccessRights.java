package eu.imaginghub.catalogue.dataset.domain;

/** The EU access-right authority table values the profile allows. */
public enum AccessRights {
  PUBLIC("Public"),
  RESTRICTED("Restricted"),
  NON_PUBLIC("Non-public");

  private static final String AUTHORITY =
      "http://publications.europa.eu/resource/authority/access-right/";

  private final String label;

  AccessRights(String label) {
    this.label = label;
  }

  public String iri() {
    return AUTHORITY + name();
  }

  public String label() {
    return label;
  }

  /** Accepts the bare code or the authority IRI. */
  public static AccessRights parse(String value) {
    String code = value.startsWith(AUTHORITY) ? value.substring(AUTHORITY.length()) : value;
    return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
