package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.imaginghub.webapp.it.HubClient.Reply;
import eu.imaginghub.webapp.security.oidc.TokenForge;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in through the real Keycloak of the run: its tokens are accepted with the roles and nodes of
 * the realm, and forged or altered ones are refused with a 401 problem.
 */
@ExtendWith(RunningHub.class)
@EnabledIfSystemProperty(named = "hub.it.keycloak", matches = ".+")
class KeycloakIT {

  @Test
  void aKeycloakTokenSignsInWithTheRealmsRolesAndNodes() throws Exception {
    String token = KeycloakTokens.accessToken("operator", "operator").orElseThrow();
    JsonObject me = HubClient.bearer(token).get("/api/me").json();

    assertThat(me.getBoolean("authenticated")).isTrue();
    assertThat(me.getString("subject"))
        .isEqualTo(SignedJWT.parse(token).getJWTClaimsSet().getSubject());
    assertThat(me.getString("displayName")).isEqualTo("Olga Operator (demo)");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("NODE_OPERATOR");
    assertThat(me.getJsonArray("nodes").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("es-valencia", "it-pisa");
    assertThat(me.getString("loginMode")).isEqualTo("oidc");
    assertThat(HubClient.as("committee").get("/api/me").json().getJsonArray("roles").getString(0))
        .isEqualTo("DAC_MEMBER");
  }

  @Test
  void theDevelopmentLoginIsRefusedBesideKeycloak() {
    HttpResponse<String> devLogin = HubClient.devLogin(RunningHub.baseUri(), "admin", "admin");
    assertThat(devLogin.statusCode()).isEqualTo(404);
    assertThat(HubClient.sessionCookie(devLogin)).isEmpty();
  }

  @Test
  void aRealTokenWithAnyClaimChangedIsRefused() throws Exception {
    String token = KeycloakTokens.accessToken("researcher", "researcher").orElseThrow();
    JWTClaimsSet real = SignedJWT.parse(token).getJWTClaimsSet();
    Date past = Date.from(Instant.now().minusSeconds(3600));

    for (JWTClaimsSet changed :
        List.of(
            new JWTClaimsSet.Builder(real)
                .claim("realm_access", Map.of("roles", List.of("admin")))
                .build(),
            new JWTClaimsSet.Builder(real).expirationTime(past).build(),
            new JWTClaimsSet.Builder(real).issuer("http://127.0.0.1:1/realms/other").build(),
            new JWTClaimsSet.Builder(real).audience("account").build())) {
      assertUnauthenticated(
          HubClient.bearer(TokenForge.withPayload(token, changed)).get("/api/me"));
    }
  }

  @Test
  void forgedTokensAreRefused() throws Exception {
    String issuer = RunningHub.keycloak().issuer();
    RSAKey own = TokenForge.rsaKey();
    Date past = Date.from(Instant.now().minusSeconds(3600));
    RSAKey realmKey = realmSigningKey();

    List<String> forged =
        List.of(
            // signed, but not by the realm
            TokenForge.sign(own, TokenForge.accessClaims(issuer, "hub-api").build()),
            TokenForge.sign(
                own, TokenForge.accessClaims(issuer, "hub-api").expirationTime(past).build()),
            TokenForge.sign(
                own, TokenForge.accessClaims("http://127.0.0.1:1/realms/x", "hub-api").build()),
            TokenForge.sign(own, TokenForge.accessClaims(issuer, "account").build()),
            // no signature at all
            TokenForge.unsigned(TokenForge.accessClaims(issuer, "hub-api").build()),
            // HMAC keyed with the realm's own public key, naming that key
            TokenForge.hmacWithPublicKey(
                realmKey, TokenForge.accessClaims(issuer, "hub-api").build()));
    for (String token : forged) {
      assertUnauthenticated(HubClient.bearer(token).get("/api/me"));
    }
  }

  @Test
  void anIdTokenIsNotAnAccessTokenForTheApi() {
    String idToken = KeycloakTokens.tokenResponse("admin", "admin").getString("id_token");
    assertUnauthenticated(HubClient.bearer(idToken).get("/api/me"));
  }

  private static RSAKey realmSigningKey() throws Exception {
    JWKSet keys =
        JWKSet.load(
            URI.create(RunningHub.keycloak().issuer() + "/protocol/openid-connect/certs").toURL());
    for (JWK key : keys.getKeys()) {
      if (key instanceof RSAKey rsa && KeyUse.SIGNATURE.equals(key.getKeyUse())) {
        return rsa;
      }
    }
    throw new IllegalStateException("the realm publishes no RSA signing key");
  }

  private static void assertUnauthenticated(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getString("type")).isEqualTo("urn:imaging-hub:problem:unauthenticated");
  }
}
