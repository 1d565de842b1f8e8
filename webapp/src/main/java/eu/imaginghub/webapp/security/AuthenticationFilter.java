package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.token.application.NodeTokens;
import eu.imaginghub.webapp.config.HubSettings;
import eu.imaginghub.webapp.security.oidc.BearerTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Works out who is calling. Without credentials the caller is anonymous; wrong credentials are
 * refused rather than silently downgraded, so a client notices a broken login.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

  static final String DEV_MODE = "dev";

  @Inject CurrentViewer current;
  @Inject NodeTokens nodeTokens;
  @Inject BearerTokens accessTokens;
  @Inject LoginThrottle throttle;
  @Context HttpServletRequest servletRequest;

  private final String mode = HubSettings.current().loginMode();

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      current.set(Viewer.anonymous());
      return;
    }
    Viewer viewer;
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String bearer = header.substring(7).trim();
      if (accessTokens.accepts(bearer)) {
        viewer = accessTokens.authenticate(bearer);
      } else {
        // node API tokens: a viewer operating exactly the token's node
        viewer =
            nodeTokens
                .authenticate(bearer)
                .orElseThrow(() -> unauthenticated("Unknown or revoked token"));
      }
    } else if (DEV_MODE.equals(mode) && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      viewer = devUser(header.substring(6).trim());
    } else {
      throw unauthenticated("This hub accepts no such credentials");
    }
    current.set(viewer);
    request.setSecurityContext(
        new ViewerSecurityContext(viewer, request.getSecurityContext().isSecure()));
  }

  private Viewer devUser(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw unauthenticated("Malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw unauthenticated("Malformed Basic credentials");
    }
    String user = decoded.substring(0, colon);
    String address = servletRequest.getRemoteAddr();
    throttle.check(user, address);
    Viewer viewer = DevUsers.authenticate(user, decoded.substring(colon + 1)).orElse(null);
    if (viewer == null) {
      throttle.failed(user, address);
      throw unauthenticated("Unknown user or wrong password");
    }
    throttle.succeeded(user, address);
    return viewer;
  }

  private static ProblemException unauthenticated(String detail) {
    return new ProblemException(ProblemException.Kind.UNAUTHENTICATED, detail);
  }
}
