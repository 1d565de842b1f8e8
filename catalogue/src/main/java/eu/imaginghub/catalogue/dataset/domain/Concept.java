package eu.imaginghub.catalogue.dataset.domain;

import java.net.URI;
import java.util.Objects;

/** A coded value: an IRI from a controlled vocabulary and the label to show for it. */
public record Concept(String iri, String label) {

  public Concept {
    Objects.requireNonNull(iri, "concept iri");
    if (!isIri(iri)) {
      throw new IllegalArgumentException("not an absolute IRI: " + iri);
    }
    label = label == null || label.isBlank() ? null : label.strip();
  }

  public static boolean isIri(String value) {
    if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      return URI.create(value).isAbsolute();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
