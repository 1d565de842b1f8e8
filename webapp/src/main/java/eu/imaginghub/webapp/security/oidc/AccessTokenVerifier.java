package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;

/**
 * Verifies access tokens of one issuer: the signature with a key of the issuer's JWKS, only with
 * RS256 or ES256 (unsigned and HMAC tokens are refused, whatever key they name), the issuer, the
 * audience, expiry and not-before within the clock skew, and that it is an access token (Keycloak
 * marks those {@code typ: Bearer}; an ID token, meant for the client, is refused).
 */
public final class AccessTokenVerifier {

  static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  /**
   * @param keys the issuer's keys; a source that fetches the JWKS again for an unknown key id makes
   *     key rotation work without a restart
   */
  public AccessTokenVerifier(
      String issuer, String audience, JWKSource<SecurityContext> keys, Duration clockSkew) {
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat"));
    claims.setMaxClockSkew(Math.toIntExact(clockSkew.toSeconds()));
    processor.setJWTClaimsSetVerifier(claims);
  }

  /** The identity the token carries, if every check passes. */
  public OidcIdentity verify(String token) throws InvalidTokenException {
    JWTClaimsSet claims;
    try {
      claims = processor.process(JWTParser.parse(token), null);
    } catch (ParseException e) {
      throw new InvalidTokenException("The access token is not a well-formed JWT", e);
    } catch (BadJOSEException e) {
      throw new InvalidTokenException("The access token was refused: " + e.getMessage(), e);
    } catch (JOSEException e) {
      throw new InvalidTokenException("The access token could not be checked", e);
    }
    Object type = claims.getClaim("typ");
    if (type != null && !"Bearer".equals(type)) {
      throw new InvalidTokenException("The token is not an access token");
    }
    return IdentityClaims.read(claims);
  }

  /** Whether a bearer value has the shape of a JWS (three dot-separated parts). */
  public static boolean looksLikeJwt(String value) {
    int first = value.indexOf('.');
    return first > 0 && value.indexOf('.', first + 1) > first && value.startsWith("eyJ");
  }
}
