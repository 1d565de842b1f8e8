package eu.imaginghub.catalogue.dataset.domain;

import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A coded value: an IRI from a controlled vocabulary and the label to show for it. */
public record Concept(String iri, String label) {

  /**
   * IRIs already found absolute. Concepts come from controlled vocabularies, so the same few
   * hundred IRIs are checked again and again (each stored row read back builds its concept), and
   * parsing one as a URI cost a tenth of storing a harvested dataset. Bounded, so that a feed of
   * made-up IRIs cannot grow it without end.
   */
  private static final Set<String> ABSOLUTE = ConcurrentHashMap.newKeySet();

  private static final int MAX_REMEMBERED = 10_000;

  public Concept {
    Objects.requireNonNull(iri, "concept iri");
    if (!isIri(iri)) {
      throw new IllegalArgumentException("not an absolute IRI: " + iri);
    }
    label = label == null || label.isBlank() ? null : label.strip();
  }

  public static boolean isIri(String value) {
    if (value == null) {
      return false;
    }
    if (ABSOLUTE.contains(value)) {
      return true;
    }
    if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      boolean absolute = URI.create(value).isAbsolute();
      if (absolute && ABSOLUTE.size() < MAX_REMEMBERED) {
        ABSOLUTE.add(value);
      }
      return absolute;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
