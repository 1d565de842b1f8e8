package eu.imaginghub.catalogue.vocabulary.application;

import eu.imaginghub.catalogue.vocabulary.domain.CodeLabels;
import eu.imaginghub.catalogue.vocabulary.domain.RecordedLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display labels for coded values: the label a record carried, else the bundled table, else the
 * code itself. Labels seen in records are cached, so facets are labelled without a database
 * round-trip per value. Not transactional: labels are looked up for every coded value of every
 * answer, mostly after the read's transaction ended, and a hit needs none (a miss takes its own).
 */
@ApplicationScoped
public class ConceptLabels {

  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private final CodeLabels bundled = CodeLabels.bundled();

  @Inject RecordedLabels recorded;

  public String label(String iri) {
    String known = cache.get(iri);
    if (known != null) {
      return known;
    }
    String label =
        recorded
            .labelOf(iri)
            .orElseGet(() -> bundled.label(iri).orElseGet(() -> CodeLabels.fallback(iri)));
    cache.put(iri, label);
    return label;
  }

  /** The label a record gave the code, else the one known for its IRI. */
  public String label(String iri, String carried) {
    return carried != null ? carried : label(iri);
  }

  /** Remembers the labels, by IRI, that a newly stored description carries. */
  public void learn(Map<String, String> carried) {
    cache.putAll(carried);
  }
}
