package eu.imaginghub.catalogue.search.application;

import java.util.List;

/** The values of one facet, most frequent first, with whether each is an active filter. */
public record FacetCounts(String key, List<Value> values) {

  /** One value of a facet. */
  public record Value(String value, String label, long count, boolean selected) {}
}
