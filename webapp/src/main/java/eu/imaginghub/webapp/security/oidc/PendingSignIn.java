package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Instant;

/**
 * A browser sign-in between leaving for the provider and coming back: what the callback must see
 * again (state, nonce) and prove (the PKCE verifier), and when it was started.
 */
record PendingSignIn(State state, Nonce nonce, CodeVerifier verifier, Instant started) {

  static PendingSignIn start(Instant now) {
    return new PendingSignIn(new State(), new Nonce(), new CodeVerifier(), now);
  }
}
