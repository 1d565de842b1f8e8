package eu.imaginghub.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real HTTP calls to the running hub: anonymous, with a node API token, or signed in as a demo user
 * through the development login, as a browser is: the session cookie with every call and the
 * session's CSRF token with every change. In the run that has Keycloak, a demo user calls instead
 * with an access token Keycloak issued for them, as a script would.
 */
public final class HubClient {

  /** A response: status, content type and body. */
  public record Reply(int status, String contentType, String body) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  /** A hub session: the cookie's value and the CSRF token. */
  record Session(String cookie, String csrfToken) {}

  private record Login(URI hub, String user, String password) {}

  /**
   * HTTP/1.1: Payara cuts an HTTP/2 exchange (which Java's client asks for by upgrading a cleartext
   * connection) whose answer takes longer than a fixed 30 s (payara/Payara#7394), as the first
   * OpenAPI document can on a loaded machine.
   */
  static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** One sign-in per hub and user for the whole run; sessions outlive hub restarts. */
  private static final Map<Login, Optional<Session>> SESSIONS = new ConcurrentHashMap<>();

  private static final Pattern SESSION_COOKIE = Pattern.compile("^hub_session=([^;]*)");

  private final URI base;
  private final String bearer;
  private final String user;
  private final String password;

  private HubClient(URI base, String bearer, String user, String password) {
    this.base = base;
    this.bearer = bearer;
    this.user = user;
    this.password = password;
  }

  /** The same caller, talking to another hub than the shared one. */
  public HubClient on(URI otherHub) {
    return new HubClient(otherHub, bearer, user, password);
  }

  public static HubClient anonymous() {
    return new HubClient(null, null, null, null);
  }

  /**
   * The subject the hub knows this demo user by (it differs between sign-in methods); with tokens
   * the call is also the user's first sign-in, after which they can join projects and committees.
   */
  public static String subjectOf(String user) {
    Reply me = as(user).get("/api/me");
    if (me.status() != 200) {
      throw new AssertionError("/api/me as " + user + ": " + me.status() + " " + me.body());
    }
    return me.json().getString("subject");
  }

  public static HubClient as(String user) {
    return as(user, user);
  }

  /** Signs in when first used; a refused sign-in leaves the caller anonymous. */
  public static HubClient as(String user, String password) {
    return new HubClient(null, null, user, password);
  }

  /** Calls with a node API token. */
  public static HubClient bearer(String token) {
    return new HubClient(null, "Bearer " + token, null, null);
  }

  /** Signs in to a hub through the development login: the answer, with its headers. */
  static HttpResponse<String> devLogin(URI hub, String user, String password) {
    String body =
        Json.createObjectBuilder().add("user", user).add("password", password).build().toString();
    return exchange(
        HttpRequest.newBuilder(hub.resolve("/auth/dev-login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The session cookie's value a sign-in answer sets, if any. */
  static Optional<String> sessionCookie(HttpResponse<?> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .map(SESSION_COOKIE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .filter(v -> !v.isEmpty())
        .findFirst();
  }

  /** The session of this caller on its hub, signing in if it has none yet. */
  Optional<Session> session() {
    if (user == null) {
      return Optional.empty();
    }
    return SESSIONS.computeIfAbsent(new Login(hub(), user, password), HubClient::signIn);
  }

  private static Optional<Session> signIn(Login login) {
    HttpResponse<String> answer = devLogin(login.hub(), login.user(), login.password());
    Optional<String> cookie = sessionCookie(answer);
    if (answer.statusCode() != 204 || cookie.isEmpty()) {
      return Optional.empty();
    }
    HttpResponse<String> me =
        exchange(
            HttpRequest.newBuilder(login.hub().resolve("/api/me"))
                .header("Cookie", "hub_session=" + cookie.get())
                .GET());
    String csrf =
        Json.createReader(new StringReader(me.body())).readObject().getString("csrfToken");
    return Optional.of(new Session(cookie.get(), csrf));
  }

  /** The demo user's Keycloak access token, in the run that has Keycloak and if it is granted. */
  private Optional<String> keycloakBearer() {
    if (user == null || !RunningHub.usesKeycloak()) {
      return Optional.empty();
    }
    return KeycloakTokens.accessToken(user, password).map(token -> "Bearer " + token);
  }

  /** This caller's credentials as raw HTTP header lines (each ending in CRLF). */
  public String rawHeaders() {
    Optional<String> authorization = bearer != null ? Optional.of(bearer) : keycloakBearer();
    if (authorization.isPresent()) {
      return "Authorization: " + authorization.get() + "\r\n";
    }
    if (RunningHub.usesKeycloak()) {
      return "";
    }
    return session()
        .map(
            s ->
                "Cookie: hub_session=" + s.cookie() + "\r\nX-CSRF-Token: " + s.csrfToken() + "\r\n")
        .orElse("");
  }

  /** Sends a body of the given media type with any method. */
  public Reply send(String method, String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Sends bytes as they are (a body in an encoding other than UTF-8). */
  public Reply send(String method, String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply get(String path) {
    return get(path, "application/json");
  }

  public Reply get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  /** A GET as a reader who prefers the given languages (an Accept-Language value). */
  public Reply get(String path, String accept, String languages) {
    return send(request(path).header("Accept", accept).header("Accept-Language", languages).GET());
  }

  /** A GET or HEAD answered in full, with its headers (a landing page's Link header). */
  public HttpResponse<String> fetch(String method, String path, String accept) {
    return exchange(
        request(path).header("Accept", accept).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  private URI hub() {
    return base != null ? base : RunningHub.baseUri();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(hub().resolve(URI.create(path)));
    if (bearer != null) {
      b.header("Authorization", bearer);
      return b;
    }
    if (RunningHub.usesKeycloak()) {
      keycloakBearer().ifPresent(value -> b.header("Authorization", value));
      return b;
    }
    session()
        .ifPresent(
            s ->
                b.header("Cookie", "hub_session=" + s.cookie())
                    .header("X-CSRF-Token", s.csrfToken()));
    return b;
  }

  private static Reply send(HttpRequest.Builder builder) {
    HttpResponse<String> r = exchange(builder);
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  static HttpResponse<String> exchange(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
