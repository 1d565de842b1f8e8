package eu.imaginghub.access.notification.application;

import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The base URL links in mails start with: the configured public URL ({@code catalogue.public-url},
 * as the published dataset IRIs), else the URL the change came in on, else (for changes no request
 * made, such as an entitlement nearing its end) the one the last change came in on.
 */
@ApplicationScoped
public class HubAddress {

  private final Optional<String> configured = PublicUrl.configured();
  private final AtomicReference<String> lastSeen = new AtomicReference<>("");

  @Inject HttpServletRequest request;

  public String base() {
    if (configured.isPresent()) {
      return configured.get();
    }
    fromRequest().ifPresent(lastSeen::set);
    return lastSeen.get();
  }

  private Optional<String> fromRequest() {
    try {
      String url = request.getRequestURL().toString();
      String path = request.getRequestURI();
      int cut = url.indexOf(path, url.indexOf("//") + 2);
      return Optional.of((cut < 0 ? url : url.substring(0, cut)) + request.getContextPath());
    } catch (RuntimeException e) {
      // no HTTP request in progress: a background job made the change
      return Optional.empty();
    }
  }
}
