package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Datasets published through a hub, and their publications on Zenodo as the hub reports them. */
final class ZenodoPublications {

  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private ZenodoPublications() {}

  /** A new released dataset of the node, published now; its id. */
  static String published(HubClient client, String node, String title) {
    String localId = "zenodo-" + System.nanoTime() + "-" + SERIAL.incrementAndGet();
    Reply created = client.post("/api/datasets", dataset(node, localId, title).toJson());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    Reply published = client.post("/api/datasets/" + id + "/publish", "{}");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return id;
  }

  /**
   * Waits until the dataset's publication of that version and kind is in a settled state (or
   * matches), and answers it.
   */
  static JsonObject settled(HubClient client, String datasetId, int version, String kind) {
    return awaitPublication(
        client,
        datasetId,
        version,
        kind,
        p -> !p.getString("state").matches("WAITING|DEPOSITING|RETRYING"));
  }

  static JsonObject awaitPublication(
      HubClient client, String datasetId, int version, String kind, Predicate<JsonObject> until) {
    Instant deadline = Instant.now().plus(WAIT);
    while (true) {
      Optional<JsonObject> found = find(client, datasetId, version, kind);
      if (found.isPresent() && until.test(found.get())) {
        return found.get();
      }
      assertThat(Instant.now())
          .as("waiting for the %s publication of %s v%d, now %s", kind, datasetId, version, found)
          .isBefore(deadline);
      pause();
    }
  }

  static Optional<JsonObject> find(HubClient client, String datasetId, int version, String kind) {
    Reply list = client.get("/api/datasets/" + datasetId + "/publications");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getInt("version") == version && p.getString("kind").equals(kind))
        .findFirst();
  }

  /**
   * Waits until the dataset's hit in a search for its title carries this DOI (the index may follow
   * the database a moment later), and answers the hit.
   */
  static JsonObject searchHitWithDoi(HubClient client, String datasetId, String title, String doi) {
    String query = "/api/datasets?size=100&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    Instant deadline = Instant.now().plus(WAIT);
    while (true) {
      Reply page = client.get(query);
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      Optional<JsonObject> hit =
          page.json().getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(h -> h.getString("id").equals(datasetId))
              .findFirst();
      if (hit.isPresent() && !absent(hit.get(), "doi") && hit.get().getString("doi").equals(doi)) {
        return hit.get();
      }
      assertThat(Instant.now())
          .as("waiting for the search hit of %s with DOI %s, now %s", datasetId, doi, hit)
          .isBefore(deadline);
      pause();
    }
  }

  /** The hub's id of a dataset version, as it writes it into the deposition's notes. */
  static String hubVersionId(String datasetId, int version) {
    return "imaging-hub:" + datasetId + ":v" + version;
  }

  /** Whether the JSON has no value for the field (absent or null). */
  static boolean absent(JsonObject json, String field) {
    return !json.containsKey(field) || json.isNull(field);
  }

  static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
