package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.ApprovedAccess.END;
import static eu.imaginghub.webapp.it.ApprovedAccess.entitlementsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GA4GH Passport visas over HTTP: each one checks, with a standard JWT library, against the key set
 * the hub publishes, carries the grant's claims, and is no longer issued once its entitlement is
 * revoked or has ended.
 */
@ExtendWith(RunningHub.class)
class VisasIT {

  private static ApprovedAccess access;
  private static String researcherId;

  @BeforeAll
  static void aProjectWithDatasetsAndTheirCommittee() {
    HubClient.subjectOf("admin");
    HubClient.subjectOf("committee");
    researcherId = HubClient.subjectOf("researcher");
    access = new ApprovedAccess("VISA", 3);
  }

  private static String hub() {
    String base = RunningHub.baseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The researcher's visas, checked against the JWKS fetched anonymously, by dataset URL. */
  private static Map<String, SignedJWT> verifiedVisas() throws Exception {
    Reply jwks = HubClient.anonymous().get("/api/visas/jwks");
    assertThat(jwks.status()).as(jwks.body()).isEqualTo(200);
    JWKSet keys = JWKSet.parse(jwks.body());
    Reply passport = HubClient.as("researcher").get("/api/me/visas");
    assertThat(passport.status()).as(passport.body()).isEqualTo(200);
    Map<String, SignedJWT> byDataset = new HashMap<>();
    for (JsonString visa :
        passport.json().getJsonArray("ga4gh_passport_v1").getValuesAs(JsonString.class)) {
      SignedJWT jwt = SignedJWT.parse(visa.getString());
      RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
      assertThat(key).as("the visa's key is published").isNotNull();
      assertThat(key.isPrivate()).isFalse();
      assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
      Map<String, Object> grant = jwt.getJWTClaimsSet().getJSONObjectClaim("ga4gh_visa_v1");
      byDataset.put((String) grant.get("value"), jwt);
    }
    return byDataset;
  }

  private static String url(String datasetId) {
    return hub() + "/api/datasets/" + datasetId;
  }

  @Test
  void eachActiveEntitlementYieldsAVisaThatChecksAgainstThePublishedKeys() throws Exception {
    String request = access.approvedRequest(access.datasetIds.subList(0, 1));
    JsonObject entitlement = entitlementsOf(request).get(0);

    SignedJWT jwt = verifiedVisas().get(url(access.datasetIds.get(0)));

    assertThat(jwt).as("a visa for the dataset").isNotNull();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("vnd.ga4gh.visa+jwt");
    assertThat(jwt.getHeader().getJWKURL()).hasToString(hub() + "/api/visas/jwks");
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(hub());
    assertThat(claims.getSubject()).isEqualTo(researcherId);
    assertThat(claims.getExpirationTime()).isEqualTo(Date.from(END));
    assertThat(claims.getIssueTime()).isBefore(Date.from(Instant.now().plusSeconds(5)));
    Map<String, Object> grant = claims.getJSONObjectClaim("ga4gh_visa_v1");
    assertThat(grant)
        .containsEntry("type", "ControlledAccessGrants")
        .containsEntry("source", hub())
        .containsEntry("by", "dac")
        .containsEntry("asserted", Instant.parse(entitlement.getString("start")).getEpochSecond());
  }

  @Test
  void aRevokedOrEndedEntitlementYieldsNoVisa() throws Exception {
    String request = access.approvedRequest(access.datasetIds.subList(1, 3));
    List<JsonObject> granted = entitlementsOf(request);
    assertThat(verifiedVisas())
        .containsKeys(url(access.datasetIds.get(1)), url(access.datasetIds.get(2)));
    String revoked = idFor(granted, access.datasetIds.get(1));
    String ended = idFor(granted, access.datasetIds.get(2));

    Reply revocation =
        HubClient.as("committee")
            .post("/api/entitlements/" + revoked + "/revoke", "{\"reason\":\"Consent withdrawn\"}");
    assertThat(revocation.status()).as(revocation.body()).isEqualTo(200);
    // the end passes: written into the database, a second ago
    ApprovedAccess.setEnd(ended, Instant.now().minusSeconds(1));

    assertThat(verifiedVisas())
        .doesNotContainKeys(url(access.datasetIds.get(1)), url(access.datasetIds.get(2)));
  }

  @Test
  void visasNeedASignInAndTheKeysDoNot() throws Exception {
    assertThat(HubClient.anonymous().get("/api/me/visas").status()).isEqualTo(401);
    Reply jwks = HubClient.anonymous().get("/api/visas/jwks");
    assertThat(jwks.status()).isEqualTo(200);
    JsonObject key = jwks.json().getJsonArray("keys").getJsonObject(0);
    assertThat(key.getString("kty")).isEqualTo("RSA");
    assertThat(key.getString("alg")).isEqualTo("RS256");
    assertThat(key.containsKey("d")).as("no private exponent").isFalse();
    try (Connection db = RunningHub.database();
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery("select count(*) from visa_signing_key where slot = 'active'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getLong(1)).as("one active signing key").isEqualTo(1);
    }
  }

  private static String idFor(List<JsonObject> entitlements, String datasetId) {
    return entitlements.stream()
        .filter(e -> datasetId.equals(e.getString("datasetId")))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }
}
