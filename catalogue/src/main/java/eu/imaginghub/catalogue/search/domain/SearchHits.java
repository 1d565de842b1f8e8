package eu.imaginghub.catalogue.search.domain;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import java.util.List;
import java.util.Map;

/** What the index answered: the total, one page of hits and per-facet counts by value. */
public record SearchHits(
    long total, List<IndexedSummary> hits, Map<Facet, Map<String, Long>> facets) {

  public List<DatasetId> ids() {
    return hits.stream().map(h -> new DatasetId(h.id())).toList();
  }
}
