package eu.imaginghub.catalogue.publication.infrastructure;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.DepositionMetadata;
import eu.imaginghub.catalogue.publication.domain.Zenodo;
import eu.imaginghub.catalogue.publication.domain.ZenodoAccount;
import eu.imaginghub.catalogue.publication.domain.ZenodoException;
import eu.imaginghub.catalogue.publication.domain.ZenodoProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Zenodo's deposit API over HTTP, with one client for all requests, a timeout on each, and each
 * token's requests held under the configured rate. Failures become a {@link ZenodoException} saying
 * whether trying again may help.
 */
@ApplicationScoped
public class HttpZenodo implements Zenodo {

  private final Duration timeout;
  private final RequestRate rate;
  private final HttpClient http;

  public HttpZenodo() {
    this(CatalogueSettings.current());
  }

  /** With settings of its own, e.g. outside a container. */
  public HttpZenodo(CatalogueSettings settings) {
    this.timeout = settings.zenodoTimeout();
    this.rate = new RequestRate(settings.zenodoRequestsPerMinute());
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Deposition create(ZenodoAccount account, DepositionMetadata metadata)
      throws ZenodoException {
    return DepositionJson.deposition(
        send(account, "POST", "/deposit/depositions", DepositionJson.request(metadata, true))
            .asJsonObject());
  }

  @Override
  public Optional<Deposition> findByHubId(ZenodoAccount account, String hubVersionId)
      throws ZenodoException {
    String q = URLEncoder.encode("\"" + hubVersionId + "\"", StandardCharsets.UTF_8);
    JsonStructure hits = send(account, "GET", "/deposit/depositions?q=" + q + "&size=20", null);
    if (hits.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    // the search is by words; only a deposition whose notes name the version exactly is it
    return hits.asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getJsonObject("metadata").getString("notes", "").contains(hubVersionId))
        .map(DepositionJson::deposition)
        .findFirst();
  }

  @Override
  public Deposition read(ZenodoAccount account, long depositionId) throws ZenodoException {
    return DepositionJson.deposition(
        send(account, "GET", "/deposit/depositions/" + depositionId, null).asJsonObject());
  }

  @Override
  public void upload(ZenodoAccount account, String bucketUrl, String fileName, byte[] content)
      throws ZenodoException {
    URI uri = URI.create(bucketUrl + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
    HttpRequest request =
        base(account, uri)
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    exchange(account, request);
  }

  @Override
  public Deposition updateMetadata(
      ZenodoAccount account, long depositionId, DepositionMetadata metadata)
      throws ZenodoException {
    return DepositionJson.deposition(
        send(
                account,
                "PUT",
                "/deposit/depositions/" + depositionId,
                DepositionJson.request(metadata, false))
            .asJsonObject());
  }

  /**
   * Zenodo refuses to publish a record twice; a publish repeated after its answer was lost finds
   * the record published, which is what was asked.
   */
  @Override
  public Deposition publish(ZenodoAccount account, long depositionId) throws ZenodoException {
    try {
      return action(account, depositionId, "publish");
    } catch (ZenodoException e) {
      if (e.kind() != ZenodoException.Kind.TRANSIENT && e.problem().fields().isEmpty()) {
        Deposition now = read(account, depositionId);
        if (now.published()) {
          return now;
        }
      }
      throw e;
    }
  }

  @Override
  public Deposition edit(ZenodoAccount account, long depositionId) throws ZenodoException {
    return action(account, depositionId, "edit");
  }

  @Override
  public Deposition newVersion(ZenodoAccount account, long publishedId) throws ZenodoException {
    return action(account, publishedId, "newversion");
  }

  private Deposition action(ZenodoAccount account, long id, String action) throws ZenodoException {
    return DepositionJson.deposition(
        send(account, "POST", "/deposit/depositions/" + id + "/actions/" + action, null)
            .asJsonObject());
  }

  private JsonStructure send(ZenodoAccount account, String method, String path, JsonObject body)
      throws ZenodoException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString());
    HttpRequest request =
        base(account, URI.create(account.url() + path))
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
    return exchange(account, request);
  }

  private HttpRequest.Builder base(ZenodoAccount account, URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + account.token());
  }

  private JsonStructure exchange(ZenodoAccount account, HttpRequest request)
      throws ZenodoException {
    HttpResponse<String> response;
    try {
      rate.acquire(account.token());
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw transientFailure("no answer within " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      throw transientFailure("the connection failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw transientFailure("interrupted", e);
    }
    JsonStructure json = parse(response.body());
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return json;
    }
    JsonObject error =
        json.getValueType() == JsonValue.ValueType.OBJECT
            ? json.asJsonObject()
            : JsonValue.EMPTY_JSON_OBJECT;
    ZenodoProblem problem = DepositionJson.problem(status, error);
    throw new ZenodoException(kindOf(status, problem), problem, null);
  }

  private static ZenodoException.Kind kindOf(int status, ZenodoProblem problem) {
    if (status >= 500 || status == 429 || status == 408) {
      return ZenodoException.Kind.TRANSIENT;
    }
    return status == 400 && !problem.fields().isEmpty()
        ? ZenodoException.Kind.VALIDATION
        : ZenodoException.Kind.REFUSED;
  }

  private static ZenodoException transientFailure(String message, Exception cause) {
    return new ZenodoException(
        ZenodoException.Kind.TRANSIENT, new ZenodoProblem(0, message, null), cause);
  }

  private static JsonStructure parse(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    } catch (RuntimeException e) {
      return Json.createObjectBuilder()
          .add("message", body.substring(0, Math.min(300, body.length())))
          .build();
    }
  }
}
