package eu.imaginghub.webapp.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of demo users from the test run's Keycloak, obtained as a script would: the
 * password grant of the public {@code hub-cli} client. A user's token is kept until shortly before
 * it expires.
 */
public final class KeycloakTokens {

  private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private record Token(String value, Instant expires) {}

  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  private KeycloakTokens() {}

  /** The user's access token, or empty when Keycloak refuses the password. */
  public static Optional<String> accessToken(String user, String password) {
    String key = user + "\u0000" + password;
    Token token = TOKENS.get(key);
    if (token == null || Instant.now().plus(RENEW_BEFORE).isAfter(token.expires())) {
      token = grant(user, password).orElse(null);
      if (token == null) {
        return Optional.empty();
      }
      TOKENS.put(key, token);
    }
    return Optional.of(token.value());
  }

  /** The whole token response of a fresh password grant, for tests that look inside. */
  public static JsonObject tokenResponse(String user, String password) {
    HttpResponse<String> reply = post(user, password);
    if (reply.statusCode() != 200) {
      throw new IllegalStateException("Keycloak refused the grant: " + reply.body());
    }
    return Json.createReader(new StringReader(reply.body())).readObject();
  }

  private static Optional<Token> grant(String user, String password) {
    Instant asked = Instant.now();
    HttpResponse<String> reply = post(user, password);
    if (reply.statusCode() == 401 || reply.statusCode() == 400) {
      return Optional.empty();
    }
    if (reply.statusCode() != 200) {
      throw new IllegalStateException("Keycloak answered " + reply.statusCode());
    }
    JsonObject body = Json.createReader(new StringReader(reply.body())).readObject();
    return Optional.of(
        new Token(
            body.getString("access_token"),
            asked.plusSeconds(body.getJsonNumber("expires_in").longValue())));
  }

  private static HttpResponse<String> post(String user, String password) {
    String form =
        "grant_type=password&client_id=hub-cli&scope=openid&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(RunningHub.keycloak().tokenEndpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
