package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hub session behind the UI and the API: the cookie's flags, a new id at every sign-in,
 * sign-out, the CSRF token every change with the cookie needs, and a session that outlives a
 * restart of the hub.
 */
@ExtendWith(RunningHub.class)
// beside Keycloak the development login is refused; KeycloakBrowserIT signs in to a session there
@DisabledIfSystemProperty(named = "hub.it.keycloak", matches = ".+")
class SessionIT {

  private static final String CSRF = "X-CSRF-Token";

  /** A session as a browser holds it: the cookie, and the CSRF token /api/me gave the page. */
  private record Browser(URI hub, String cookie, String csrfToken) {

    static Browser signIn(URI hub, String user) {
      HttpResponse<String> answer = HubClient.devLogin(hub, user, user);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
      String cookie = HubClient.sessionCookie(answer).orElseThrow();
      return new Browser(hub, cookie, me(hub, cookie).getString("csrfToken"));
    }

    JsonObject me() {
      return me(hub, cookie);
    }

    private static JsonObject me(URI hub, String cookie) {
      HttpResponse<String> me = call(hub, "GET", "/api/me", cookie, Map.of(), null);
      assertThat(me.statusCode()).isEqualTo(200);
      return Json.createReader(new StringReader(me.body())).readObject();
    }

    HttpResponse<String> post(String path, String json, Map<String, String> headers) {
      Map<String, String> all = new java.util.HashMap<>(headers);
      all.putIfAbsent("Content-Type", "application/json");
      return call(hub, "POST", path, cookie, all, json);
    }

    HttpResponse<String> postWithToken(String path, String json) {
      return post(path, json, Map.of(CSRF, csrfToken));
    }

    HttpResponse<String> signOut(Map<String, String> headers) {
      return call(hub, "POST", "/auth/logout", cookie, headers, "");
    }
  }

  @Test
  void signingInSetsAnHttpOnlySameSiteCookieAndMeTellsWhoAndTheCsrfToken() {
    HttpResponse<String> answer = HubClient.devLogin(hub(), "operator", "operator");

    assertThat(answer.statusCode()).isEqualTo(204);
    String setCookie =
        answer.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("hub_session="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie.split(";\\s*"))
        .contains("Path=/", "HttpOnly", "SameSite=Lax")
        // plain HTTP here: a Secure cookie would never come back
        .doesNotContain("Secure");
    assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    String cookie = HubClient.sessionCookie(answer).orElseThrow();
    JsonObject me = new Browser(hub(), cookie, null).me();
    assertThat(me.getBoolean("authenticated")).isTrue();
    assertThat(me.getString("subject")).isEqualTo("dev-operator");
    assertThat(me.getString("displayName")).isEqualTo("Olga Operator (demo)");
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("NODE_OPERATOR");
    assertThat(me.getJsonArray("nodes")).hasSize(2);
    assertThat(me.getString("email")).isEqualTo("operator@example.org");
    assertThat(me.getString("loginMode")).isEqualTo("dev");
    assertThat(me.getString("csrfToken")).hasSize(43).isNotEqualTo(cookie);
  }

  @Test
  void everySignInGetsANewSessionIdAndTheOldOneStopsWorking() {
    Browser first = Browser.signIn(hub(), "researcher");

    HttpResponse<String> again =
        HubClient.exchange(
            HttpRequest.newBuilder(hub().resolve("/auth/dev-login"))
                .header("Cookie", "hub_session=" + first.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=admin&password=admin")));

    assertThat(again.statusCode()).isEqualTo(204);
    String second = HubClient.sessionCookie(again).orElseThrow();
    assertThat(second).isNotEqualTo(first.cookie());
    assertThat(first.me().getBoolean("authenticated")).isFalse();
    assertThat(new Browser(hub(), second, null).me().getString("subject")).isEqualTo("dev-admin");
  }

  @Test
  void signingOutEndsTheSessionAndClearsTheCookie() {
    Browser browser = Browser.signIn(hub(), "admin");

    HttpResponse<String> withoutToken = browser.signOut(Map.of());
    assertProblem(withoutToken, 403);
    assertThat(browser.me().getBoolean("authenticated")).isTrue();

    HttpResponse<String> out = browser.signOut(Map.of(CSRF, browser.csrfToken()));
    assertThat(out.statusCode()).isEqualTo(204);
    assertThat(out.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("hub_session=;").contains("Max-Age=0"));
    assertThat(browser.me().getBoolean("authenticated")).isFalse();
    assertThat(browser.me().containsKey("csrfToken")).isFalse();
    // the old cookie with its old token now changes nothing: the caller is anonymous
    HttpResponse<String> late = browser.postWithToken("/api/nodes", node("session-late"));
    assertProblem(late, 401);
    assertThat(nodeExists("session-late")).isFalse();
  }

  @Test
  void aChangeWithTheCookieNeedsTheSessionsCsrfToken() {
    Browser admin = Browser.signIn(hub(), "admin");

    assertProblem(admin.post("/api/nodes", node("session-csrf"), Map.of()), 403);
    assertProblem(
        admin.post("/api/nodes", node("session-csrf"), Map.of(CSRF, "x".repeat(43))), 403);
    Browser other = Browser.signIn(hub(), "admin");
    assertProblem(
        admin.post("/api/nodes", node("session-csrf"), Map.of(CSRF, other.csrfToken())), 403);
    assertThat(nodeExists("session-csrf")).isFalse();

    assertThat(admin.postWithToken("/api/nodes", node("session-csrf")).statusCode()).isEqualTo(201);
    assertThat(nodeExists("session-csrf")).isTrue();
  }

  @Test
  void aCrossSiteFormPostWithTheCookieIsRefused() {
    Browser admin = Browser.signIn(hub(), "admin");

    HttpResponse<String> forged =
        admin.post(
            "/api/nodes",
            "id=session-forged&name=Forged&country=NL&baseUrl=https%3A%2F%2Fforged.example",
            Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "Origin", "https://attacker.example",
                "Sec-Fetch-Site", "cross-site"));
    assertProblem(forged, 403);
    assertThat(Json.createReader(new StringReader(forged.body())).readObject().getString("detail"))
        .contains(CSRF);
    assertThat(nodeExists("session-forged")).isFalse();

    // nor may another site sign the browser in to an account of its choosing
    HttpResponse<String> login =
        HubClient.exchange(
            HttpRequest.newBuilder(hub().resolve("/auth/dev-login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("user=admin&password=admin")));
    assertProblem(login, 403);
    assertThat(HubClient.sessionCookie(login)).isEmpty();
  }

  @Test
  void theDevelopmentLoginRefusesWrongOrMissingCredentialsWithProblems() {
    HttpResponse<String> wrong = HubClient.devLogin(hub(), "committee", "nope");
    assertProblem(wrong, 401);
    assertThat(HubClient.sessionCookie(wrong)).isEmpty();

    HttpResponse<String> missing =
        HubClient.exchange(
            HttpRequest.newBuilder(hub().resolve("/auth/dev-login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"committee\"}")));
    assertProblem(missing, 400);
    assertThat(missing.body()).contains("password");

    HttpResponse<String> notJson =
        HubClient.exchange(
            HttpRequest.newBuilder(hub().resolve("/auth/dev-login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\": ")));
    assertProblem(notJson, 400);
  }

  @Test
  void basicCredentialsAreNoLongerAccepted() {
    HttpResponse<String> basic =
        HubClient.exchange(
            HttpRequest.newBuilder(hub().resolve("/api/me"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .GET());

    assertProblem(basic, 401);
  }

  @Test
  void aSessionOutlivesARestartOfTheHub() throws Exception {
    Path work =
        Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve("session-restart");
    HubProcess.deleteTree(work);
    Files.createDirectories(work);
    List<String> settings = new ArrayList<>();
    settings.add("-Dhub.data-dir=" + work.resolve("data"));
    settings.add("-Dcatalogue.demo.enabled=false");
    settings.addAll(RunningHub.databaseSettings(RunningHub.h2Url(work.resolve("data"))));
    HubProcess own = HubProcess.start(settings, work.resolve("hub.log"));
    try {
      Browser admin = Browser.signIn(own.uri(), "admin");

      own.stop();
      own.start();

      assertThat(admin.me().getString("subject")).isEqualTo("dev-admin");
      assertThat(admin.postWithToken("/api/nodes", node("session-restart")).statusCode())
          .isEqualTo(201);
    } finally {
      own.stop();
    }
  }

  private static URI hub() {
    return RunningHub.baseUri();
  }

  private static boolean nodeExists(String id) {
    return HubClient.anonymous().get("/api/nodes/" + id).status() == 200;
  }

  private static String node(String id) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("name", "Node " + id)
        .add("country", "NL")
        .add("organisation", "Session Test Organisation")
        .add("baseUrl", "https://" + id + ".example.org")
        .build()
        .toString();
  }

  private static void assertProblem(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  private static HttpResponse<String> call(
      URI hub,
      String method,
      String path,
      String cookie,
      Map<String, String> headers,
      String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(hub.resolve(path))
            .header("Cookie", "hub_session=" + cookie)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return HubClient.exchange(request);
  }
}
