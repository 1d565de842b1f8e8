package eu.imaginghub.catalogue.vocabulary.domain;

import java.util.Optional;

/**
 * The labels stored records gave their codes. A port: the records are the dataset feature's, which
 * implements it, so that the vocabulary never depends on datasets.
 */
public interface RecordedLabels {

  /** A label some stored record gave the code. */
  Optional<String> labelOf(String iri);
}
