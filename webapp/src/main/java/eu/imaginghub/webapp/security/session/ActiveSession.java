package eu.imaginghub.webapp.security.session;

import eu.imaginghub.catalogue.security.Viewer;

/**
 * A live session as the request that presents it sees it: who is signed in, and the CSRF token its
 * mutating requests must repeat.
 */
public record ActiveSession(Viewer viewer, String email, String affiliation, String csrfToken) {

  /** Whether a request presented this session's CSRF token, compared in constant time. */
  public boolean csrfMatches(String presented) {
    return SessionSecrets.sameSecret(csrfToken, presented);
  }
}
