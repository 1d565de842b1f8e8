package eu.imaginghub.catalogue.dataset.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The base URL of the hub as published in dataset IRIs: the configured public URL (behind a proxy)
 * or else the one the request came in on.
 */
@ApplicationScoped
public class PublicUrl {

  /** Setting: the public base URL, e.g. https://hub.example.org. */
  public static final String KEY = "hub.public-url";

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configured;

  public String of(UriInfo uri) {
    String base = configured.filter(s -> !s.isBlank()).orElseGet(() -> uri.getBaseUri().toString());
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return base.endsWith("/api") ? base.substring(0, base.length() - 4) : base;
  }
}
