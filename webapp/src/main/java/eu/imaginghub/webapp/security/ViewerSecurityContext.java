package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

/**
 * Exposes the viewer through the standard JAX-RS security context, for modules that do not know the
 * catalogue's viewer type (the tracer).
 */
record ViewerSecurityContext(Viewer viewer, String scheme, boolean secure)
    implements SecurityContext {

  @Override
  public Principal getUserPrincipal() {
    return viewer.isAnonymous() ? null : viewer::subject;
  }

  @Override
  public boolean isUserInRole(String role) {
    return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role) && viewer.has(r));
  }

  @Override
  public boolean isSecure() {
    return secure;
  }

  @Override
  public String getAuthenticationScheme() {
    return viewer.isAnonymous() ? null : scheme;
  }
}
