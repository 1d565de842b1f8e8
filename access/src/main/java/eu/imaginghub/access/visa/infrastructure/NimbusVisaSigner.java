package eu.imaginghub.access.visa.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.imaginghub.access.visa.domain.SigningKey;
import eu.imaginghub.access.visa.domain.VisaClaims;
import eu.imaginghub.access.visa.domain.VisaSigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Visas as JWTs signed with Nimbus JOSE+JWT, as GA4GH Passport v1.2 describes them. */
@ApplicationScoped
public class NimbusVisaSigner implements VisaSigner {

  @Override
  public String sign(VisaClaims claims, SigningKey key) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(new JOSEObjectType(VisaClaims.JOSE_TYPE))
            .keyID(key.kid())
            .jwkURL(URI.create(claims.keySetUrl()))
            .build();
    Map<String, Object> visa = new LinkedHashMap<>();
    visa.put("type", VisaClaims.TYPE);
    visa.put("asserted", claims.asserted().getEpochSecond());
    visa.put("value", claims.datasetUrl());
    visa.put("source", claims.source());
    visa.put("by", VisaClaims.BY);
    JWTClaimsSet body =
        new JWTClaimsSet.Builder()
            .issuer(claims.issuer())
            .subject(claims.subject())
            .issueTime(Date.from(claims.issuedAt()))
            .expirationTime(Date.from(claims.expires()))
            .jwtID(UUID.randomUUID().toString())
            .claim("ga4gh_visa_v1", visa)
            .build();
    SignedJWT jwt = new SignedJWT(header, body);
    try {
      jwt.sign(new RSASSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("visa signing failed with key " + key.kid(), e);
    }
    return jwt.serialize();
  }

  @Override
  public String keySet(List<SigningKey> keys) {
    List<JWK> jwks =
        keys.stream()
            .map(
                k ->
                    (JWK)
                        new RSAKey.Builder(k.publicKey())
                            .keyID(k.kid())
                            .keyUse(KeyUse.SIGNATURE)
                            .algorithm(JWSAlgorithm.RS256)
                            .build())
            .toList();
    // toString publishes public keys only
    return new JWKSet(jwks).toString();
  }
}
