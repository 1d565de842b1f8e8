package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.RawHttp.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the running hub sends back at the HTTP level: security headers on every kind of answer,
 * problem documents for requests the container refuses itself, and the throttled development login.
 */
@ExtendWith(RunningHub.class)
class HttpHardeningIT {

  private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]");

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() {
    Answer page = RawHttp.send("GET / HTTP/1.0\r\n");
    Answer search = RawHttp.send("GET /api/datasets?size=1 HTTP/1.0\r\n");
    Answer error = RawHttp.send("GET /api/no-such-resource HTTP/1.0\r\n");
    Answer token = issueToken("{\"label\": \"header scan\"}");

    assertThat(page.status()).isEqualTo(200);
    assertThat(search.status()).isEqualTo(200);
    assertThat(error.status()).isEqualTo(404);
    assertThat(token.status()).isEqualTo(201);
    assertThat(token.json().getString("token")).isNotBlank();
    for (Answer answer : new Answer[] {page, search, error, token}) {
      String policy = answer.header("Content-Security-Policy");
      assertThat(policy)
          .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
      assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(answer.headers()).doesNotContainKeys("server", "x-powered-by");
    }
    assertThat(token.header("Cache-Control")).isEqualTo("no-store");
    assertThat(error.header("Cache-Control")).isEqualTo("no-store");
    assertThat(search.header("Cache-Control")).isNull();
  }

  @Test
  void theWadlIsNotPublished() {
    Answer wadl = RawHttp.send("GET /api/application.wadl HTTP/1.0\r\n");

    assertThat(wadl.status()).isEqualTo(404);
    assertThat(wadl.header("Content-Type")).startsWith("application/problem+json");
  }

  /** Each row: the request line and headers, the status, and the problem type's last word. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GET /no-such-page HTTP/1.0\\r\\n | 404 | not-found",
        "POST /api/datasets HTTP/1.0\\r\\nContent-Type: ;;;\\r\\n | 400 | bad-request",
        "GET /api/datasets HTTP/1.0\\r\\nAccept: a/b/c,,;q=x\\r\\n | 400 | bad-request",
        "PATCH /api/datasets HTTP/1.0\\r\\n | 405 | method-not-allowed",
        "DELETE / HTTP/1.0\\r\\n | 403 | forbidden",
        "GET /api/nodes HTTP/1.0\\r\\nAccept: image/png\\r\\n | 406 | not-acceptable",
        "POST /api/datasets HTTP/1.0\\r\\nContent-Type: image/png\\r\\n | 415 | unsupported-media-type",
        "GET /api/datasets HTTP/1.0\\r\\nAuthorization: Basic !!!\\r\\n | 401 | unauthenticated",
        "GET /api/datasets?size=-5&page=x HTTP/1.0\\r\\n | 400 | invalid-input",
      })
  void malformedRequestsAreAnsweredWithProblems(String head, int status, String type) {
    // a body only where one is expected: Grizzly refuses a GET with a body before the hub sees it
    String body = head.startsWith("POST") ? "x" : "";
    Answer answer = RawHttp.send("127.0.0.1", head.replace("\\r\\n", "\r\n"), body);

    assertThat(answer.status()).as(head).isEqualTo(status);
    assertThat(answer.header("Content-Type")).as(head).startsWith("application/problem+json");
    JsonObject problem = answer.json();
    assertThat(problem.getString("type")).isEqualTo("urn:imaging-hub:problem:" + type);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).doesNotContainPattern(JAVA_NAME);
  }

  @Test
  void aBodyJsonBindingCannotReadLeaksNoInternals() {
    Answer answer = issueToken("{\"label\": {\"nested\": [1, 2]}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().getString("detail"))
        .doesNotContainPattern(JAVA_NAME)
        .doesNotContain("Internal error")
        .doesNotContain("null");
  }

  @Test
  void wrongPasswordsAreAnsweredWith429AfterAFewTries() {
    // the development login's own throttle; Keycloak has brute-force protection of its own
    assumeFalse(RunningHub.usesKeycloak(), "this run signs in through Keycloak");
    // its own address and user name, so that no other test's login is paused
    String address = "127.0.0.42";
    int[] statuses = new int[8];
    Answer last = null;
    for (int i = 0; i < statuses.length; i++) {
      last = devLogin(address, "user=mallory&password=guess");
      statuses[i] = last.status();
    }

    assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429, 429);
    assertThat(last.header("Content-Type")).startsWith("application/problem+json");
    assertThat(last.json().getString("type"))
        .isEqualTo("urn:imaging-hub:problem:too-many-requests");
    assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 900);
    assertThat(last.header("Set-Cookie")).isNull();
    // the address is paused for every user name, the right password included
    assertThat(devLogin(address, "user=admin&password=admin").status()).isEqualTo(429);
    assertThat(devLogin("127.0.0.1", "user=admin&password=admin").status()).isEqualTo(204);
  }

  private static Answer devLogin(String address, String form) {
    return RawHttp.send(
        address,
        "POST /auth/dev-login HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\n",
        form);
  }

  private static String admin() {
    return HubClient.as("admin").rawHeaders();
  }

  @Test
  void aHarvestSourceOnAnInternalAddressIsRefusedWhenSaved() {
    String node = DemoFederation.nodes().get(4).id();
    String path = "/api/nodes/" + node + "/harvest-source";
    for (String url :
        new String[] {
          "http://[2002:a00:1::]/catalogue", "http://198.18.0.1/catalogue", "http://10.1.2.3/x"
        }) {
      String body = Json.createObjectBuilder().add("url", url).build().toString();
      Answer refused =
          RawHttp.send(
              "127.0.0.1",
              "PUT " + path + " HTTP/1.0\r\n" + admin() + "Content-Type: application/json\r\n",
              body);

      assertThat(refused.status()).as(url).isEqualTo(400);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("url");
    }
    assertThat(RawHttp.send("127.0.0.1", "GET " + path + " HTTP/1.0\r\n" + admin(), "").status())
        .isEqualTo(404);
  }

  /** Asks for a token of the first demo node as admin, with the given JSON body. */
  private static Answer issueToken(String body) {
    String node = DemoFederation.nodes().get(0).id();
    return RawHttp.send(
        "127.0.0.1",
        "POST /api/nodes/"
            + node
            + "/tokens HTTP/1.0\r\n"
            + admin()
            + "Content-Type: application/json\r\n",
        body);
  }
}
