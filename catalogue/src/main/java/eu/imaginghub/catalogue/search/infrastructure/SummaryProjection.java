package eu.imaginghub.catalogue.search.infrastructure;

import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.EXCERPT;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.ISSUED;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.MAX_AGE;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.MIN_AGE;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.SIZE;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.STATUS;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.STUDIES;
import static eu.imaginghub.catalogue.search.infrastructure.DatasetDocumentBinder.TITLE;

import eu.imaginghub.catalogue.search.domain.Facet;
import eu.imaginghub.catalogue.search.domain.IndexedSummary;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/** Reads a result-list summary straight from the index document: no database round-trip. */
final class SummaryProjection {

  private SummaryProjection() {}

  static ProjectionFinalStep<IndexedSummary> of(SearchProjectionFactory<?, ?> f) {
    return f.composite()
        .from(
            f.id(String.class),
            f.field(TITLE, String.class),
            f.field(EXCERPT, String.class),
            f.field(Facet.NODE.key(), String.class).multi(),
            f.field(Facet.COUNTRY.key(), String.class).multi(),
            f.field(STATUS, String.class),
            f.field(Facet.ACCESS_RIGHTS.key(), String.class).multi(),
            f.field(Facet.CONDITION.key(), String.class).multi(),
            f.field(Facet.MODALITY.key(), String.class).multi(),
            f.field(Facet.BODY_PART.key(), String.class).multi(),
            f.field(SIZE, Integer.class),
            f.field(STUDIES, Integer.class),
            f.field(MIN_AGE, Integer.class),
            f.field(MAX_AGE, Integer.class),
            f.field(Facet.SEGMENTED.key(), String.class).multi(),
            f.field(ISSUED, LocalDate.class),
            f.field(DatasetDocumentBinder.SHOWN, String.class).multi(),
            f.field(DatasetDocumentBinder.DOI, String.class))
        .asList(SummaryProjection::summary);
  }

  @SuppressWarnings("unchecked")
  private static IndexedSummary summary(List<?> v) {
    return new IndexedSummary(
        (String) v.get(0),
        (String) v.get(1),
        (String) v.get(2),
        first((List<String>) v.get(3)),
        first((List<String>) v.get(4)),
        (String) v.get(5),
        first((List<String>) v.get(6)),
        (List<String>) v.get(7),
        (List<String>) v.get(8),
        (List<String>) v.get(9),
        (Integer) v.get(10),
        (Integer) v.get(11),
        (Integer) v.get(12),
        (Integer) v.get(13),
        "true".equals(first((List<String>) v.get(14))),
        (LocalDate) v.get(15),
        shown((List<String>) v.get(16), 'T'),
        shown((List<String>) v.get(16), 'E'),
        (String) v.get(17));
  }

  /** The titles or excerpts by language from the index's {@code shown} values. */
  private static Map<String, String> shown(List<String> values, char kind) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String value : values) {
      int second = value.indexOf(DatasetDocumentBinder.SEP, 2);
      if (value.charAt(0) == kind && second > 0) {
        texts.put(value.substring(2, second), value.substring(second + 1));
      }
    }
    return texts;
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
