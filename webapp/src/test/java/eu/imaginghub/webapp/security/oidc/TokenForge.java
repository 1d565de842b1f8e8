package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Makes tokens for tests: well-formed ones, and the forgeries a verifier must refuse. */
public final class TokenForge {

  private TokenForge() {}

  public static RSAKey rsaKey() {
    try {
      return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ECKey ecKey() {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Claims as Keycloak writes them into an access token, valid for five minutes from now. */
  public static JWTClaimsSet.Builder accessClaims(String issuer, String audience) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(List.of(audience, "account"))
        .subject("3f1c2a56-7d0e-4b8e-9a55-2b9d0c6e1f00")
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)))
        .jwtID(UUID.randomUUID().toString())
        .claim("typ", "Bearer")
        .claim("name", "Olga Operator")
        .claim("email", "operator@imaging-hub.test")
        .claim("affiliation", "Hospital Universitari del Túria")
        .claim("realm_access", Map.of("roles", List.of("node-operator", "offline_access")))
        .claim("hub_nodes", List.of("/nodes/es-valencia", "/nodes/it-pisa", "/staff"));
  }

  /** Signs with RS256 or ES256, as the key allows. */
  public static String sign(JWK key, JWTClaimsSet claims) {
    try {
      if (key instanceof RSAKey rsa) {
        SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.RS256, key.getKeyID()), claims);
        jwt.sign(new RSASSASigner(rsa));
        return jwt.serialize();
      }
      SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.ES256, key.getKeyID()), claims);
      jwt.sign(new ECDSASigner((ECKey) key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsigned token: {@code alg: none}. */
  public static String unsigned(JWTClaimsSet claims) {
    return new PlainJWT(claims).serialize();
  }

  /**
   * The classic key-confusion forgery: HS256 with the issuer's public key (as published in its
   * JWKS) as the HMAC secret, naming the public key's id.
   */
  public static String hmacWithPublicKey(JWK publicKey, JWTClaimsSet claims) {
    try {
      byte[] secret = publicKey.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
      SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256, publicKey.getKeyID()), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The token with its payload replaced, keeping the original signature. */
  public static String withPayload(String token, JWTClaimsSet claims) {
    try {
      SignedJWT original = SignedJWT.parse(token);
      return new SignedJWT(
              original.getHeader().toBase64URL(),
              Base64URL.encode(claims.toString()),
              original.getSignature())
          .serialize();
    } catch (java.text.ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JWSHeader header(JWSAlgorithm alg, String kid) {
    return new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(kid).build();
  }
}
