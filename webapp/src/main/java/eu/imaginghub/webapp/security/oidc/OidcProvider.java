package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The configured OpenID Connect issuer, when there is one. Its discovery document is read on first
 * use, not at start, so that the hub starts while the issuer is still starting; a failed read is
 * tried again on the next request.
 */
@ApplicationScoped
public class OidcProvider {

  private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
  private static final Duration MIN_KEY_REFETCH = Duration.ofSeconds(10);

  private final HubSettings settings = HubSettings.current();
  private volatile Discovered discovered;

  /** What discovery yields: the issuer's metadata, its keys and a verifier for access tokens. */
  public record Discovered(
      OIDCProviderMetadata metadata,
      JWKSource<SecurityContext> keys,
      AccessTokenVerifier verifier) {}

  public boolean isConfigured() {
    return settings.oidcIssuer().isPresent();
  }

  public Optional<String> issuer() {
    return settings.oidcIssuer();
  }

  /**
   * The issuer's metadata and verifier.
   *
   * @throws IllegalStateException when no issuer is configured
   * @throws IOException when the issuer cannot be reached or answers nonsense
   */
  public Discovered discovered() throws IOException {
    Discovered d = discovered;
    if (d == null) {
      synchronized (this) {
        d = discovered;
        if (d == null) {
          d = discover();
          discovered = d;
        }
      }
    }
    return d;
  }

  private Discovered discover() throws IOException {
    String issuer = settings.oidcIssuer().orElseThrow(() -> new IllegalStateException("no OIDC"));
    OIDCProviderMetadata metadata;
    try {
      metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), 5_000, 5_000);
    } catch (GeneralException e) {
      throw new IOException("The OpenID provider " + issuer + " answered no usable metadata", e);
    }
    JWKSource<SecurityContext> keys = IssuerKeys.of(metadata.getJWKSetURI(), MIN_KEY_REFETCH);
    AccessTokenVerifier verifier =
        new AccessTokenVerifier(issuer, settings.oidcAudience(), keys, settings.oidcClockSkew());
    LOG.info(() -> "OpenID provider discovered: " + issuer);
    return new Discovered(metadata, keys, verifier);
  }
}
