package eu.imaginghub.webapp.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingSignInCookieTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private final PendingSignInCookie cookie = new PendingSignInCookie("client-secret");
  private final PendingSignIn pending = PendingSignIn.start(NOW);

  @Test
  void aSealedSignInOpensAgainWithTheSameSecrets() {
    PendingSignIn opened = cookie.open(value(cookie.issue(pending, false)), NOW).orElseThrow();

    assertThat(opened.state()).isEqualTo(pending.state());
    assertThat(opened.nonce()).isEqualTo(pending.nonce());
    assertThat(opened.verifier().getValue()).isEqualTo(pending.verifier().getValue());
  }

  @Test
  void theCookieIsHttpOnlyLaxAndScopedToTheSignInPaths() {
    assertThat(cookie.issue(pending, false))
        .startsWith(PendingSignInCookie.NAME + "=")
        .contains("; Path=/auth; Max-Age=600; HttpOnly; SameSite=Lax")
        .doesNotContain("Secure")
        .doesNotContain(pending.verifier().getValue());
    assertThat(cookie.issue(pending, true)).endsWith("; Secure");
    assertThat(cookie.clear(false)).contains("=; Path=/auth; Max-Age=0");
  }

  @Test
  void anOldAlteredOrForeignCookieOpensToNothing() {
    String sealed = value(cookie.issue(pending, false));
    // one character of the ciphertext (the fourth part of a compact JWE) changed
    int at = sealed.indexOf('.', sealed.indexOf('.', sealed.indexOf('.') + 1) + 1) + 1;
    String altered =
        sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);

    assertThat(cookie.open(sealed, NOW.plus(PendingSignInCookie.LIFETIME).plusSeconds(1)))
        .isEmpty();
    assertThat(cookie.open(altered, NOW)).isEmpty();
    assertThat(new PendingSignInCookie("another secret").open(sealed, NOW)).isEmpty();
    assertThat(cookie.open("not a token", NOW)).isEmpty();
  }

  private static String value(String setCookie) {
    return setCookie.substring(PendingSignInCookie.NAME.length() + 1, setCookie.indexOf(';'));
  }
}
