package eu.imaginghub.webapp.security.session;

import eu.imaginghub.catalogue.security.Viewer;
import java.util.Set;

/**
 * A live session as the request that presents it sees it: who is signed in, and the CSRF token its
 * mutating requests must repeat.
 */
public record ActiveSession(Viewer viewer, String email, String affiliation, String csrfToken) {

  /** Methods that change nothing, and so need no CSRF token. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /**
   * Whether a request with this method, presenting this CSRF token (null if none), may go on with
   * the session: reads always; anything else only with the session's token, compared in constant
   * time.
   */
  public boolean allows(String method, String presentedCsrfToken) {
    return SAFE_METHODS.contains(method)
        || SessionSecrets.sameSecret(csrfToken, presentedCsrfToken);
  }
}
