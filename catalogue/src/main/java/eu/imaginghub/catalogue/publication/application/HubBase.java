package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The hub's base URL for the links a deposition carries back to the landing page: the configured
 * public URL, else the one the publishing request came in on (kept with the publication, since the
 * deposition is made later, outside any request).
 */
@ApplicationScoped
public class HubBase {

  private final Optional<String> configured = PublicUrl.configured();

  @Inject HttpServletRequest request;

  public Optional<String> now() {
    if (configured.isPresent()) {
      return configured;
    }
    try {
      String url = request.getRequestURL().toString();
      int cut = url.indexOf(request.getRequestURI(), url.indexOf("//") + 2);
      return Optional.of((cut < 0 ? url : url.substring(0, cut)) + request.getContextPath());
    } catch (RuntimeException e) {
      // published by a background job (a harvest): no request to take the address from
      return Optional.empty();
    }
  }
}
