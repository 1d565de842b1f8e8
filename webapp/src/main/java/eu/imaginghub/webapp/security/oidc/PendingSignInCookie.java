package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Carries a {@link PendingSignIn} through the browser, sealed (AES-256-GCM, as an encrypted JWT),
 * so that whichever hub instance receives the callback can read it and nobody else can read or
 * change it. The key derives from the client secret, which every instance shares. The cookie is
 * {@code HttpOnly}, {@code SameSite=Lax} (the provider's redirect back is a top-level GET) and
 * lives for {@link #LIFETIME}.
 */
final class PendingSignInCookie {

  static final String NAME = "hub_signin";
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private final byte[] key;

  PendingSignInCookie(String clientSecret) {
    try {
      this.key =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("imaging-hub pending sign-in\u0000" + clientSecret)
                      .getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Set-Cookie header value that carries the pending sign-in. */
  String issue(PendingSignIn pending, boolean secure) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .claim("state", pending.state().getValue())
            .claim("nonce", pending.nonce().getValue())
            .claim("verifier", pending.verifier().getValue())
            .issueTime(Date.from(pending.started()))
            .build();
    EncryptedJWT jwt =
        new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
    try {
      jwt.encrypt(new DirectEncrypter(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot seal the sign-in state", e);
    }
    return header(jwt.serialize(), LIFETIME.toSeconds(), secure);
  }

  /** The Set-Cookie header value that removes the cookie. */
  String clear(boolean secure) {
    return header("", 0, secure);
  }

  /** The pending sign-in the request carries, if it is genuine and not older than the lifetime. */
  Optional<PendingSignIn> read(HttpServletRequest request, Instant now) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        return open(cookie.getValue(), now);
      }
    }
    return Optional.empty();
  }

  /** The pending sign-in a cookie value seals, if genuine and not too old. */
  Optional<PendingSignIn> open(String value, Instant now) {
    try {
      EncryptedJWT jwt = EncryptedJWT.parse(value);
      if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
          || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
        return Optional.empty();
      }
      jwt.decrypt(new DirectDecrypter(key));
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Instant started = claims.getIssueTime().toInstant();
      if (started.plus(LIFETIME).isBefore(now)) {
        return Optional.empty();
      }
      return Optional.of(
          new PendingSignIn(
              new State(claims.getStringClaim("state")),
              new Nonce(claims.getStringClaim("nonce")),
              new CodeVerifier(claims.getStringClaim("verifier")),
              started));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String header(String value, long maxAge, boolean secure) {
    return NAME
        + "="
        + value
        + "; Path=/auth; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }
}
