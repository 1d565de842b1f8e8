package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.webapp.security.session.ActiveSession;
import eu.imaginghub.webapp.security.session.CurrentSession;
import eu.imaginghub.webapp.security.session.SessionStore;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Works out who is calling: a machine with a node API token or a person or script with an access
 * token of the OpenID provider ({@code Authorization: Bearer}), a person with the cookie of a hub
 * session, or nobody. Wrong credentials are refused rather than silently downgraded, so a client
 * notices a broken login.
 *
 * <p>A browser sends the session cookie with every request to the hub, including one a foreign page
 * makes it send; so a request that changes something with the cookie must also carry the session's
 * CSRF token in {@value #CSRF_HEADER}, which only the hub's own pages can read. A token in the
 * {@code Authorization} header needs none: no foreign page can make a browser add it. The check
 * comes before the request is matched to a resource, so a forged request learns nothing about it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

  public static final String CSRF_HEADER = "X-CSRF-Token";

  @Inject CurrentViewer current;
  @Inject CurrentSession currentSession;
  @Inject CallerCredentials credentials;
  @Inject SessionStore sessions;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    Viewer viewer;
    String scheme;
    if (header != null && !header.isBlank()) {
      viewer = credentials.bearer(header);
      scheme = "Bearer";
    } else {
      Optional<ActiveSession> session = sessions.resume(servletRequest);
      if (session.isEmpty()) {
        current.set(Viewer.anonymous());
        return;
      }
      requireCsrfToken(request, session.get());
      currentSession.set(session.get());
      viewer = session.get().viewer();
      scheme = "Session";
    }
    current.set(viewer);
    request.setSecurityContext(
        new ViewerSecurityContext(viewer, scheme, request.getSecurityContext().isSecure()));
  }

  private static void requireCsrfToken(ContainerRequestContext request, ActiveSession session) {
    if (!session.allows(request.getMethod(), request.getHeaderString(CSRF_HEADER))) {
      throw ProblemException.forbidden(
          "A change made with the session cookie needs the session's CSRF token in the "
              + CSRF_HEADER
              + " header (GET /api/me gives it)");
    }
  }
}
