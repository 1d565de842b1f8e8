package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.token.application.NodeTokens;
import eu.imaginghub.webapp.security.oidc.BearerTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the credentials of an {@code Authorization} header, for the API and for the server-rendered
 * pages alike, so that a token names the same viewer wherever it is presented.
 */
@ApplicationScoped
public class CallerCredentials {

  @Inject NodeTokens nodeTokens;
  @Inject BearerTokens accessTokens;

  /**
   * An access token of the OpenID provider (a JWT, when one is configured), or else a node API
   * token: a viewer operating exactly the token's node. Wrong credentials are refused rather than
   * silently downgraded, so a client notices a broken login.
   */
  public Viewer bearer(String header) {
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthenticated("This hub accepts no such credentials");
    }
    String token = header.substring(7).trim();
    if (accessTokens.accepts(token)) {
      return accessTokens.authenticate(token);
    }
    return nodeTokens
        .authenticate(token)
        .orElseThrow(() -> unauthenticated("Unknown or revoked token"));
  }

  private static ProblemException unauthenticated(String detail) {
    return new ProblemException(ProblemException.Kind.UNAUTHENTICATED, detail);
  }
}
