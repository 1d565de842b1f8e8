package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.config.HubSettings;
import java.io.IOException;
import java.net.URI;

/**
 * Redeems an authorization code at the provider's token endpoint (authenticated with the client
 * secret, proving the PKCE verifier) and checks what comes back: the ID token's signature, issuer,
 * audience, expiry and nonce, and the access token as the API checks it; both must name the same
 * subject.
 */
final class CodeExchange {

  private static final int TIMEOUT_MS = 5_000;

  private final OidcProvider.Discovered op;
  private final HubSettings settings;

  CodeExchange(OidcProvider.Discovered op, HubSettings settings) {
    this.op = op;
    this.settings = settings;
  }

  SignedIn redeem(AuthorizationCode code, URI callback, PendingSignIn pending) throws IOException {
    ClientID client = new ClientID(settings.oidcClientId());
    TokenRequest request =
        new TokenRequest(
            op.metadata().getTokenEndpointURI(),
            new ClientSecretBasic(client, new Secret(settings.oidcClientSecret())),
            new AuthorizationCodeGrant(code, callback, pending.verifier()));
    HTTPRequest http = request.toHTTPRequest();
    http.setConnectTimeout(TIMEOUT_MS);
    http.setReadTimeout(TIMEOUT_MS);
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (ParseException e) {
      throw refused("The provider's token answer cannot be read");
    }
    if (!response.indicatesSuccess()) {
      throw refused(
          "The provider refused the code: "
              + response.toErrorResponse().getErrorObject().getCode());
    }
    OIDCTokens tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    IDTokenClaimsSet id = validateIdToken(tokens.getIDToken(), client, pending);
    OidcIdentity identity;
    try {
      identity = op.verifier().verify(tokens.getAccessToken().getValue());
    } catch (InvalidTokenException e) {
      throw refused(e.getMessage());
    }
    if (!identity.subject().equals(id.getSubject().getValue())) {
      throw refused("The ID token and the access token name different people");
    }
    return new SignedIn(identity, tokens.getIDTokenString());
  }

  private IDTokenClaimsSet validateIdToken(JWT idToken, ClientID client, PendingSignIn pending) {
    IDTokenValidator validator =
        new IDTokenValidator(
            new Issuer(op.metadata().getIssuer().getValue()),
            client,
            new JWSVerificationKeySelector<>(AccessTokenVerifier.ALGORITHMS, op.keys()),
            null);
    validator.setMaxClockSkew(Math.toIntExact(settings.oidcClockSkew().toSeconds()));
    try {
      return validator.validate(idToken, pending.nonce());
    } catch (BadJOSEException | JOSEException e) {
      throw refused("The ID token was refused: " + e.getMessage());
    }
  }

  /** An ID token kept in a session, read back as a hint for the provider's logout. */
  static JWT parseIdToken(String idToken) {
    try {
      return JWTParser.parse(idToken);
    } catch (java.text.ParseException e) {
      return null;
    }
  }

  private static ProblemException refused(String detail) {
    return new ProblemException(ProblemException.Kind.UNAUTHENTICATED, detail);
  }
}
