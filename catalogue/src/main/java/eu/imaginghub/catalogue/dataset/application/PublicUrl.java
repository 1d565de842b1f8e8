package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * The base URL of the hub as published in dataset IRIs: the configured public URL (behind a proxy)
 * or else the one the request came in on. Published, so that whatever else names the hub (the
 * issuer of access visas) names it the same way.
 */
@ApplicationScoped
public class PublicUrl {

  private final Optional<String> configured = CatalogueSettings.current().publicUrl();

  public String of(UriInfo uri) {
    String base = configured.orElseGet(() -> uri.getBaseUri().toString());
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return base.endsWith("/api") ? base.substring(0, base.length() - 4) : base;
  }
}
