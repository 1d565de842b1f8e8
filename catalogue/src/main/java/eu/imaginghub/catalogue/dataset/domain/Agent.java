package eu.imaginghub.catalogue.dataset.domain;

/** An organisation or person with the means to reach it (e-mail and/or web page). */
public record Agent(String name, String email, String url, String typeIri) {

  public Agent {
    name = blankToNull(name);
    email = blankToNull(email);
    url = blankToNull(url);
    typeIri = blankToNull(typeIri);
  }

  public boolean isReachable() {
    return email != null || url != null;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
