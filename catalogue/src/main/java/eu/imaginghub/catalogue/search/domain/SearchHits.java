package eu.imaginghub.catalogue.search.domain;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import java.util.List;
import java.util.Map;

/** What the index answered: the total, one page of ids and per-facet counts by value. */
public record SearchHits(long total, List<DatasetId> ids, Map<Facet, Map<String, Long>> facets) {}
