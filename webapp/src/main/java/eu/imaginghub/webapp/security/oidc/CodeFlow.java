package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * The browser's sign-in at the OpenID provider: the authorization code flow with PKCE (S256),
 * {@code state} and {@code nonce}, the pending sign-in sealed in a cookie so that any hub instance
 * can finish it; and the way out through the provider's end-session endpoint.
 */
@ApplicationScoped
public class CodeFlow {

  static final String CALLBACK = "/auth/callback";

  @Inject OidcProvider provider;
  @Inject Clock clock;

  private final HubSettings settings = HubSettings.current();
  private final PendingSignInCookie cookie = new PendingSignInCookie(settings.oidcClientSecret());

  public boolean enabled() {
    return provider.isConfigured();
  }

  /** Starts a sign-in: sets the pending-sign-in cookie and returns where to send the browser. */
  public URI begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
    OidcProvider.Discovered op = provider.discovered();
    PendingSignIn pending = PendingSignIn.start(clock.instant());
    AuthenticationRequest authentication =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "profile", "email"),
                new ClientID(settings.oidcClientId()),
                callback(request))
            .endpointURI(op.metadata().getAuthorizationEndpointURI())
            .state(pending.state())
            .nonce(pending.nonce())
            .codeChallenge(pending.verifier(), CodeChallengeMethod.S256)
            .build();
    response.addHeader("Set-Cookie", cookie.issue(pending, request.isSecure()));
    return authentication.toURI();
  }

  /**
   * Finishes a sign-in on the provider's redirect back: checks the state against the pending
   * sign-in (used once), exchanges the code and validates the tokens.
   *
   * @throws ProblemException 400 without a matching pending sign-in, 401 when the provider or the
   *     tokens refuse it
   */
  public SignedIn finish(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PendingSignIn pending =
        cookie
            .read(request, clock.instant())
            .orElseThrow(
                () -> invalid("No sign-in is under way in this browser, or it took too long"));
    response.addHeader("Set-Cookie", cookie.clear(request.isSecure()));
    AuthenticationResponse answer;
    try {
      answer = AuthenticationResponseParser.parse(callbackWithQuery(request));
    } catch (ParseException e) {
      throw invalid("The provider's answer cannot be read");
    }
    if (!pending.state().equals(answer.getState())) {
      throw invalid("The sign-in answer belongs to another sign-in");
    }
    if (answer instanceof AuthenticationErrorResponse error) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED,
          "The provider did not sign you in: " + error.getErrorObject().getCode());
    }
    CodeExchange exchange = new CodeExchange(provider.discovered(), settings);
    return exchange.redeem(
        answer.toSuccessResponse().getAuthorizationCode(), callback(request), pending);
  }

  /** Where to send the browser to end the provider's session too, then come back to the hub. */
  public URI logout(Optional<String> idTokenHint, HttpServletRequest request) throws IOException {
    URI endSession = provider.discovered().metadata().getEndSessionEndpointURI();
    URI home = base(request);
    if (endSession == null) {
      return home;
    }
    return new LogoutRequest(
            endSession,
            idTokenHint.map(CodeExchange::parseIdToken).orElse(null),
            null,
            new ClientID(settings.oidcClientId()),
            home,
            null,
            null)
        .toURI();
  }

  static URI base(HttpServletRequest request) {
    return URI.create(request.getRequestURL().toString()).resolve("/");
  }

  private static URI callback(HttpServletRequest request) {
    return base(request).resolve(CALLBACK);
  }

  private static URI callbackWithQuery(HttpServletRequest request) {
    String query = request.getQueryString();
    return URI.create(callback(request) + (query == null ? "" : "?" + query));
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(ProblemException.Kind.INVALID_INPUT, detail);
  }
}
