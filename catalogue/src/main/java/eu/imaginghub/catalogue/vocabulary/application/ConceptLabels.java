package eu.imaginghub.catalogue.vocabulary.application;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.vocabulary.domain.CodeLabels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Display labels for coded values: the label a record carried, else the bundled table, else the
 * code itself. Labels seen in records are cached, so facets are labelled without a database
 * round-trip per value.
 */
@ApplicationScoped
@Transactional
public class ConceptLabels {

  private final Map<String, String> cache = new ConcurrentHashMap<>();
  private final CodeLabels bundled = CodeLabels.bundled();

  @Inject EntityManager em;

  public String label(String iri) {
    String known = cache.get(iri);
    if (known != null) {
      return known;
    }
    List<String> stored =
        em.createNativeQuery(
                "select label from dataset_code where iri = ?1 and label is not null", String.class)
            .setParameter(1, iri)
            .setMaxResults(1)
            .getResultList();
    String label =
        stored.isEmpty()
            ? bundled.label(iri).orElseGet(() -> CodeLabels.fallback(iri))
            : stored.get(0);
    cache.put(iri, label);
    return label;
  }

  public String label(Concept concept) {
    return concept.label() != null ? concept.label() : label(concept.iri());
  }

  /** Remembers the labels a newly stored description carries. */
  public void learn(DatasetDescription description) {
    description
        .codes()
        .values()
        .forEach(
            concepts ->
                concepts.forEach(
                    c -> {
                      if (c.label() != null) {
                        cache.put(c.iri(), c.label());
                      }
                    }));
  }
}
