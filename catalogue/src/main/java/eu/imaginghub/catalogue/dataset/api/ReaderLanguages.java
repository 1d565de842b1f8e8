package eu.imaginghub.catalogue.dataset.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The languages a reader asked for in Accept-Language, most wanted first. */
public final class ReaderLanguages {

  private ReaderLanguages() {}

  public static List<String> of(HttpHeaders headers) {
    if (headers == null) {
      return List.of();
    }
    return headers.getAcceptableLanguages().stream()
        .map(Locale::toLanguageTag)
        // "*" (any language) and unparseable ranges add nothing to the fallbacks
        .filter(tag -> !tag.equals("*") && !tag.equals("und"))
        .toList();
  }
}
