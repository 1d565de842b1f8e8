package eu.imaginghub.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/** Real HTTP calls to the running hub, optionally signed in as a demo user. */
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

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final URI base;
  private final Supplier<String> authorization;

  private HubClient(URI base, Supplier<String> authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The same caller, talking to another hub than the shared one. */
  public HubClient on(URI otherHub) {
    return new HubClient(otherHub, authorization);
  }

  public static HubClient anonymous() {
    return new HubClient(null, null);
  }

  public static HubClient as(String user) {
    return as(user, user);
  }

  /**
   * Signed in as a demo user: with the user's Keycloak access token in the run that has Keycloak
   * (fetched again before it expires), else with the development login. Credentials Keycloak
   * refuses are sent as the development login, which a hub trusting Keycloak refuses in turn.
   */
  public static HubClient as(String user, String password) {
    return new HubClient(null, () -> authorization(user, password));
  }

  /** The Authorization header value that signs in as the demo user in this run. */
  public static String authorization(String user) {
    return authorization(user, user);
  }

  private static String authorization(String user, String password) {
    if (RunningHub.usesKeycloak()) {
      Optional<String> token = KeycloakTokens.accessToken(user, password);
      if (token.isPresent()) {
        return "Bearer " + token.get();
      }
    }
    return basicAuthorization(user, password);
  }

  /** Signed in through the development login, whatever this run's hub trusts. */
  public static HubClient basic(String user, String password) {
    String header = basicAuthorization(user, password);
    return new HubClient(null, () -> header);
  }

  private static String basicAuthorization(String user, String password) {
    String credentials = user + ":" + password;
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** Calls with a bearer token: a node API token, or any token a test made. */
  public static HubClient bearer(String token) {
    return new HubClient(null, () -> "Bearer " + token);
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

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
            (base != null ? base : RunningHub.baseUri()).resolve(URI.create(path)));
    if (authorization != null) {
      b.header("Authorization", authorization.get());
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
