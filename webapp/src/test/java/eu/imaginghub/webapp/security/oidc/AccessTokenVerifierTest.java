package eu.imaginghub.webapp.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import eu.imaginghub.catalogue.security.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access token checks, against keys served over real HTTP by a local JWKS endpoint. */
class AccessTokenVerifierTest {

  private static final String ISSUER = "http://127.0.0.1/realms/imaging-hub";
  private static final String AUDIENCE = "hub-api";

  private final RSAKey rsa = TokenForge.rsaKey();
  private final ECKey ec = TokenForge.ecKey();
  private final List<JWK> published = new ArrayList<>(List.of(rsa.toPublicJWK()));
  private final AtomicInteger fetches = new AtomicInteger();
  private HttpServer jwks;
  private AccessTokenVerifier verifier;

  @BeforeEach
  void serveKeys() throws IOException {
    jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    jwks.createContext(
        "/certs",
        exchange -> {
          fetches.incrementAndGet();
          byte[] body;
          synchronized (published) {
            body = new JWKSet(published).toString().getBytes(StandardCharsets.UTF_8);
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    jwks.start();
    URI uri = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs");
    verifier =
        new AccessTokenVerifier(
            ISSUER, AUDIENCE, IssuerKeys.of(uri, Duration.ZERO), Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    jwks.stop(0);
  }

  @Test
  void aValidTokenYieldsTheIdentityItCarries() throws Exception {
    OidcIdentity identity = verifier.verify(TokenForge.sign(rsa, claims().build()));

    assertThat(identity.subject()).isEqualTo("3f1c2a56-7d0e-4b8e-9a55-2b9d0c6e1f00");
    assertThat(identity.name()).isEqualTo("Olga Operator");
    assertThat(identity.email()).isEqualTo("operator@imaging-hub.test");
    assertThat(identity.affiliation()).isEqualTo("Hospital Universitari del Túria");
    assertThat(identity.roles()).containsExactly(Role.NODE_OPERATOR);
    assertThat(identity.nodes()).containsExactlyInAnyOrder("es-valencia", "it-pisa");
    assertThat(identity.toViewer().operates("it-pisa")).isTrue();
    assertThat(identity.toViewer().operates("nl-rotterdam")).isFalse();
  }

  @Test
  void es256IsAcceptedToo() throws Exception {
    publish(ec.toPublicJWK());
    assertThat(verifier.verify(TokenForge.sign(ec, claims().build())).roles())
        .containsExactly(Role.NODE_OPERATOR);
  }

  @Test
  void aKeyThatAppearsLaterIsFetchedWithoutARestart() throws Exception {
    verifier.verify(TokenForge.sign(rsa, claims().build()));
    RSAKey rotated = TokenForge.rsaKey();
    String signedWithNewKey = TokenForge.sign(rotated, claims().build());
    assertRefused(signedWithNewKey, "");

    publish(rotated.toPublicJWK());
    int before = fetches.get();

    assertThat(verifier.verify(signedWithNewKey).subject()).isNotBlank();
    assertThat(fetches.get()).isEqualTo(before + 1);
    // the old key still works, from the cache
    verifier.verify(TokenForge.sign(rsa, claims().build()));
    assertThat(fetches.get()).isEqualTo(before + 1);
  }

  @Test
  void expiryAndNotBeforeHoldBeyondTheClockSkew() throws Exception {
    Instant now = Instant.now();
    String expired =
        TokenForge.sign(rsa, claims().expirationTime(at(now.minusSeconds(60))).build());
    String justExpired =
        TokenForge.sign(rsa, claims().expirationTime(at(now.minusSeconds(5))).build());
    String notYet = TokenForge.sign(rsa, claims().notBeforeTime(at(now.plusSeconds(120))).build());

    assertRefused(expired, "Expired");
    assertRefused(notYet, "before use time");
    assertThat(verifier.verify(justExpired).subject()).isNotBlank();
  }

  @Test
  void anotherIssuerOrAudienceIsRefused() {
    assertRefused(
        TokenForge.sign(rsa, claims().issuer("http://127.0.0.1/realms/other").build()), "iss");
    assertRefused(TokenForge.sign(rsa, claims().audience("account").build()), "aud");
    assertRefused(TokenForge.sign(rsa, claims().subject(null).build()), "sub");
  }

  @Test
  void unsignedHmacAndTamperedTokensAreRefused() {
    assertRefused(TokenForge.unsigned(claims().build()), "");
    assertRefused(TokenForge.hmacWithPublicKey(rsa, claims().build()), "");
    String genuine = TokenForge.sign(rsa, claims().build());
    JWTClaimsSet promoted =
        claims().claim("realm_access", java.util.Map.of("roles", List.of("admin"))).build();
    assertRefused(TokenForge.withPayload(genuine, promoted), "signature");
  }

  @Test
  void anIdTokenIsNoAccessToken() {
    assertRefused(TokenForge.sign(rsa, claims().claim("typ", "ID").build()), "not an access");
  }

  @Test
  void jwtShapesAreToldFromNodeTokens() {
    assertThat(AccessTokenVerifier.looksLikeJwt(TokenForge.sign(rsa, claims().build()))).isTrue();
    assertThat(AccessTokenVerifier.looksLikeJwt("q2Vd8v1Yc6l-3nUzZ_hM0w4kTtRrE9bWfA7aJxNpQe"))
        .isFalse();
  }

  @Test
  void unknownRolesAndOtherGroupsGiveNothing() throws Exception {
    OidcIdentity identity =
        verifier.verify(
            TokenForge.sign(
                rsa,
                claims()
                    .claim("realm_access", java.util.Map.of("roles", List.of("superuser")))
                    .claim("hub_nodes", List.of("/nodes/a/b", "/nodes/", "/other/x"))
                    .build()));
    assertThat(identity.roles()).isEqualTo(Set.of());
    assertThat(identity.nodes()).isEqualTo(Set.of());
  }

  private JWTClaimsSet.Builder claims() {
    return TokenForge.accessClaims(ISSUER, AUDIENCE);
  }

  private void publish(JWK key) {
    synchronized (published) {
      published.add(key);
    }
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining(reason);
  }

  private static Date at(Instant instant) {
    return Date.from(instant);
  }
}
