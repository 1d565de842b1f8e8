package eu.imaginghub.catalogue.search.domain;

import java.util.Locale;

/** How search hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  SIZE;

  public static SortOrder parse(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
