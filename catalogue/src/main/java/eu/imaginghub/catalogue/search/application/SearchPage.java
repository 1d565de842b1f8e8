package eu.imaginghub.catalogue.search.application;

import java.util.List;

/** One page of search results with the facets of the whole result. */
public record SearchPage(
    long total, int page, int size, List<DatasetSummary> items, List<FacetCounts> facets) {}
