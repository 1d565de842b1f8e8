package eu.imaginghub.webapp.security.oidc;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.webapp.security.session.SignedInIdentity;
import eu.imaginghub.webapp.security.session.SignedInPeople;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Accepts access tokens of the configured issuer as API credentials. */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

  @Inject OidcProvider provider;
  @Inject SignedInPeople people;

  /** Whether a bearer value is for this class: a JWT, while an issuer is configured. */
  public boolean accepts(String bearer) {
    return provider.isConfigured() && AccessTokenVerifier.looksLikeJwt(bearer);
  }

  /**
   * The viewer the token stands for, its person recorded as at a sign-in.
   *
   * @throws ProblemException 401 for a token that fails any check, 503 while the issuer is out of
   *     reach
   */
  public Viewer authenticate(String token) {
    AccessTokenVerifier verifier;
    try {
      verifier = provider.discovered().verifier();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "The OpenID provider is out of reach", e);
      throw new ProblemException(
          ProblemException.Kind.UNAVAILABLE, "Access tokens cannot be checked right now");
    }
    try {
      OidcIdentity who = verifier.verify(token);
      return people
          .presented(
              new SignedInIdentity(
                  who.subject(),
                  who.name(),
                  who.email(),
                  who.affiliation(),
                  who.roles(),
                  who.nodes(),
                  null))
          .viewer();
    } catch (InvalidTokenException e) {
      LOG.fine(() -> "Access token refused: " + e.getMessage());
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, e.getMessage());
    }
  }
}
