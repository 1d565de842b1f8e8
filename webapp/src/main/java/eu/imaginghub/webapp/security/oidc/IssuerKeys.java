package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;

/** The issuer's signing keys, fetched from its JWKS URL and cached. */
final class IssuerKeys {

  private static final int TIMEOUT_MS = 5_000;
  private static final int MAX_JWKS_BYTES = 256 * 1024;
  private static final Duration CACHE = Duration.ofMinutes(15);

  private IssuerKeys() {}

  /**
   * A source that keeps the key set for {@link #CACHE}, fetches it again at once when a token names
   * a key id it does not hold (the issuer rotated its keys), but at most once per {@code
   * minRefetchInterval}, so that tokens with made-up key ids cannot make the hub hammer the issuer.
   */
  static JWKSource<SecurityContext> of(URI jwksUri, Duration minRefetchInterval) {
    try {
      return JWKSourceBuilder.create(
              jwksUri.toURL(), new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, MAX_JWKS_BYTES))
          .cache(CACHE.toMillis(), TIMEOUT_MS)
          .rateLimited(minRefetchInterval.toMillis())
          .retrying(true)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a JWKS URL: " + jwksUri, e);
    }
  }
}
