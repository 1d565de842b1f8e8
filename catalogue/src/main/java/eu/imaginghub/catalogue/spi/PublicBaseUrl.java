package eu.imaginghub.catalogue.spi;

import eu.imaginghub.catalogue.CatalogueSettings;
import java.util.Optional;

/**
 * The hub's public base URL as configured ({@code catalogue.public-url}), without a trailing slash:
 * what links written outside any request (in mails, for example) start with. Empty when not set;
 * then the hub is known by the URL requests come in on.
 */
public final class PublicBaseUrl {

  private PublicBaseUrl() {}

  public static Optional<String> configured() {
    return CatalogueSettings.current().publicUrl().map(PublicBaseUrl::trimmed);
  }

  static String trimmed(String url) {
    String base = url.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
