package eu.imaginghub.catalogue.dataset.domain;

/**
 * Another identifier a node gives a dataset: a {@code dct:identifier}, or an {@code
 * adms:identifier} whose {@code skos:notation} is the value and whose scheme (the notation's
 * datatype or the scheme agency) says what kind of identifier it is, e.g. a DOI of an earlier
 * deposit.
 *
 * @param notation the identifier itself
 * @param scheme the identifier scheme (an IRI or an agency's name), or null
 * @param kind which property the node used
 */
public record Identifier(String notation, String scheme, Kind kind) {

  /** The property an identifier was given under. */
  public enum Kind {
    /** {@code dct:identifier}: the dataset's main identifier at its node. */
    IDENTIFIER,
    /** {@code adms:identifier}: a secondary identifier. */
    OTHER
  }

  public Identifier {
    if (notation == null || notation.isBlank()) {
      throw new IllegalArgumentException("an identifier needs a notation");
    }
    if (kind == null) {
      throw new IllegalArgumentException("an identifier needs its kind");
    }
    notation = notation.strip();
    scheme = scheme == null || scheme.isBlank() ? null : scheme.strip();
  }
}
