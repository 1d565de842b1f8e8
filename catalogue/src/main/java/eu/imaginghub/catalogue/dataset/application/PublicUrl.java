package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * The base URL of the hub as published in dataset IRIs: the configured public URL (behind a proxy)
 * or else the one the request came in on. Published, so that whatever else names the hub (the
 * issuer of access visas, the links in mails) names it the same way.
 */
@ApplicationScoped
public class PublicUrl {

  private final Optional<String> configured = configured();

  /**
   * The configured public URL ({@code catalogue.public-url}) without a trailing slash: what links
   * written outside any request (in mails, for example) start with. Empty when not set.
   */
  public static Optional<String> configured() {
    return CatalogueSettings.current().publicUrl().map(PublicUrl::trimmed);
  }

  public String of(UriInfo uri) {
    String base = configured.orElseGet(() -> trimmed(uri.getBaseUri().toString()));
    return base.endsWith("/api") ? base.substring(0, base.length() - 4) : base;
  }

  static String trimmed(String url) {
    String base = url.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
