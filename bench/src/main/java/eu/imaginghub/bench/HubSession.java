package eu.imaginghub.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A signed-in session on a running hub, as a browser keeps one: the demo admin through the
 * development login (the benchmark hubs run with it), its cookie and CSRF token on every call.
 */
public final class HubSession {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String csrfToken;

  private HubSession(URI base) throws IOException, InterruptedException {
    this.base = base;
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(base.resolve("/auth/dev-login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=admin&password=admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 204) {
      throw new IllegalStateException("sign-in refused: " + login.body());
    }
    String me =
        http.send(
                HttpRequest.newBuilder(base.resolve("/api/me")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    this.csrfToken = object(me).getString("csrfToken");
  }

  /** Signs in as the demo admin. */
  public static HubSession admin(URI base) throws IOException, InterruptedException {
    return new HubSession(base);
  }

  /** Sends a body of the given media type; any answer of 400 or more is an error. */
  public String send(String method, String path, String mediaType, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(10))
            .header("X-CSRF-Token", csrfToken)
            .header("Accept", "application/json")
            .header("Content-Type", mediaType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build();
    return answer(method, path, http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  /** Reads a JSON answer; any answer of 400 or more is an error. */
  public String get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(10))
            .header("Accept", "application/json")
            .GET()
            .build();
    return answer("GET", path, http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  private static String answer(String method, String path, HttpResponse<String> response) {
    if (response.statusCode() >= 400) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  public static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
