package eu.imaginghub.access.visa.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import eu.imaginghub.access.visa.domain.SigningKey;
import eu.imaginghub.access.visa.domain.VisaClaims;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NimbusVisaSignerTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final Instant GRANTED = Instant.parse("2026-11-30T09:30:00Z");
  private static final Instant END = Instant.parse("2027-12-31T00:00:00Z");
  private static final String HUB = "https://hub.example.org";

  private final NimbusVisaSigner signer = new NimbusVisaSigner();
  private final SigningKey key = SigningKey.generate(NOW);
  private final SigningKey other = SigningKey.generate(NOW);

  private VisaClaims claims() {
    return new VisaClaims(
        HUB,
        "researcher-1",
        NOW,
        END,
        GRANTED,
        HUB + "/api/datasets/ds-1",
        HUB + "/api/visas/jwks");
  }

  @Test
  void theVisaVerifiesAgainstThePublishedKeySetAndCarriesTheGa4ghClaims() throws Exception {
    String compact = signer.sign(claims(), key);
    JWKSet published = JWKSet.parse(signer.keySet(List.of(other, key)));

    SignedJWT jwt = SignedJWT.parse(compact);
    RSAKey jwk = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwk).isNotNull();
    assertThat(jwk.isPrivate()).isFalse();
    assertThat(jwt.verify(new RSASSAVerifier(jwk))).isTrue();

    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("vnd.ga4gh.visa+jwt");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.kid());
    assertThat(jwt.getHeader().getJWKURL()).hasToString(HUB + "/api/visas/jwks");
    var body = jwt.getJWTClaimsSet();
    assertThat(body.getIssuer()).isEqualTo(HUB);
    assertThat(body.getSubject()).isEqualTo("researcher-1");
    assertThat(body.getIssueTime()).isEqualTo(Date.from(NOW));
    assertThat(body.getExpirationTime()).isEqualTo(Date.from(END));
    assertThat(body.getJWTID()).isNotBlank();
    Map<String, Object> visa = body.getJSONObjectClaim("ga4gh_visa_v1");
    assertThat(visa)
        .containsEntry("type", "ControlledAccessGrants")
        .containsEntry("asserted", GRANTED.getEpochSecond())
        .containsEntry("value", HUB + "/api/datasets/ds-1")
        .containsEntry("source", HUB)
        .containsEntry("by", "dac");
  }

  @Test
  void aVisaSignedWithAnotherKeyDoesNotVerify() throws Exception {
    SignedJWT jwt = SignedJWT.parse(signer.sign(claims(), key));
    RSAKey wrong = (RSAKey) JWKSet.parse(signer.keySet(List.of(other))).getKeyByKeyId(other.kid());

    assertThat(jwt.verify(new RSASSAVerifier(wrong))).isFalse();
  }

  @Test
  void theKeySetPublishesNoPrivateKeyMaterial() {
    String set = signer.keySet(List.of(key));

    assertThat(set).contains("\"kid\":\"" + key.kid() + "\"").contains("\"alg\":\"RS256\"");
    assertThat(set).doesNotContain("\"d\"").doesNotContain("\"p\"").doesNotContain("\"q\"");
  }
}
