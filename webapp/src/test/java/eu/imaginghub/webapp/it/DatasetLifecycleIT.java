package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dataset's life over HTTP: who sees it in each status (by id and by search), the legal steps and
 * the refused ones, versions made by editing a published dataset and by its node's push, and the
 * history and traces every step leaves.
 */
@ExtendWith(RunningHub.class)
class DatasetLifecycleIT {

  private static final String NODE = "es-valencia";

  private final HubClient operator = HubClient.as("operator");
  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient anonymous = HubClient.anonymous();
  private final HubClient admin = HubClient.as("admin");

  @Test
  void aDatasetIsReleasedPublishedVersionedAndInvalidated() {
    String word = word();
    String localId = "life-" + word;
    Reply created =
        operator.post(
            "/api/datasets",
            dataset(NODE, localId, "Cohort " + word).set("status", "DRAFT").toJson());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject draft = created.json();
    String id = draft.getString("id");
    assertThat(draft.getInt("versionNumber")).isEqualTo(1);
    assertThat(draft.getBoolean("everPublished")).isFalse();
    assertThat(draft.getString("page")).isEqualTo("/datasets/" + id);
    assertThat(actions(draft))
        .containsExactly("edit", "release", "publish", "invalidate", "delete");
    assertThat(researcher.get("/api/datasets/" + id).status()).isEqualTo(404);
    assertThat(anonymous.get("/api/datasets/" + id).status()).isEqualTo(404);

    JsonObject released = step(operator, id, "release", "{\"reason\":\"ready for review\"}");
    assertThat(released.getString("status")).isEqualTo("RELEASED");
    JsonObject seen = researcher.get("/api/datasets/" + id).json();
    assertThat(seen.getString("status")).isEqualTo("RELEASED");
    assertThat(actions(seen)).isEmpty();
    assertThat(total(researcher, word)).isEqualTo(1);
    assertThat(anonymous.get("/api/datasets/" + id).status()).isEqualTo(404);
    assertThat(total(anonymous, word)).isZero();

    JsonObject published = step(operator, id, "publish", "{}");
    assertThat(published.getString("status")).isEqualTo("PUBLISHED");
    assertThat(published.getBoolean("everPublished")).isTrue();
    assertThat(actions(published)).containsExactly("edit", "invalidate", "new-version");
    assertThat(anonymous.get("/api/datasets/" + id).status()).isEqualTo(200);
    assertThat(total(anonymous, word)).isEqualTo(1);

    Reply edited =
        operator.put(
            "/api/datasets/" + id,
            dataset(NODE, localId, "Cohort " + word + " revised")
                .set("status", "PUBLISHED")
                .set("description", "Revised description.")
                .toJson());
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getInt("versionNumber")).isEqualTo(2);
    assertThat(anonymous.get("/api/datasets/" + id).json().getString("title"))
        .isEqualTo("Cohort " + word + " revised");
    JsonObject first = anonymous.get("/api/datasets/" + id + "/versions/1").json();
    assertThat(first.getString("title")).isEqualTo("Cohort " + word);
    assertThat(first.getBoolean("current")).isFalse();
    assertThat(first.getInt("supersededBy")).isEqualTo(2);
    assertThat(first.getInt("currentVersion")).isEqualTo(2);
    List<JsonObject> versions = array(anonymous.get("/api/datasets/" + id + "/versions"));
    assertThat(versions)
        .extracting(v -> v.getInt("version") + " " + v.getBoolean("current") + " " + v.get("url"))
        .containsExactly(
            "1 false \"/api/datasets/" + id + "/versions/1\"",
            "2 true \"/api/datasets/" + id + "/versions/2\"");
    JsonObject hits = search(anonymous, word);
    assertThat(hits.getInt("total")).isEqualTo(1);
    assertThat(hits.getJsonArray("items").getJsonObject(0).getString("title"))
        .isEqualTo("Cohort " + word + " revised");
    assertThat(anonymous.get("/api/datasets/" + id + "/versions/3").status()).isEqualTo(404);

    Reply illegal = operator.post("/api/datasets/" + id + "/release", "{}");
    assertThat(illegal.status()).isEqualTo(409);
    assertThat(illegal.contentType()).startsWith("application/problem+json");
    assertThat(illegal.json().getString("detail")).contains("invalidate, new-version");
    Reply changedStatus =
        operator.put(
            "/api/datasets/" + id,
            dataset(NODE, localId, "Cohort " + word).set("status", "RELEASED").toJson());
    assertThat(changedStatus.status()).isEqualTo(409);
    assertThat(researcher.post("/api/datasets/" + id + "/publish", "{}").status()).isEqualTo(403);
    assertThat(operator.delete("/api/datasets/" + id).status()).isEqualTo(409);

    Reply noReason = operator.post("/api/datasets/" + id + "/invalidate", "{}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(anonymous.get("/api/datasets/" + id).json().getString("status"))
        .isEqualTo("PUBLISHED");
    JsonObject invalidated =
        step(operator, id, "invalidate", "{\"reason\":\"consent withdrawn by the site\"}");
    assertThat(invalidated.getString("status")).isEqualTo("INVALIDATED");
    assertThat(actions(invalidated)).isEmpty();
    assertThat(total(anonymous, word)).isZero();
    assertThat(total(admin, word)).isZero();
    JsonObject tombstone = anonymous.get("/api/datasets/" + id).json();
    assertThat(tombstone.getString("status")).isEqualTo("INVALIDATED");
    JsonObject invalidation = tombstone.getJsonObject("invalidation");
    assertThat(invalidation.getString("reason")).isEqualTo("consent withdrawn by the site");
    assertThat(invalidation.getString("by")).isEqualTo(HubClient.subjectOf("operator"));
    assertThat(operator.post("/api/datasets/" + id + "/publish", "{}").status()).isEqualTo(409);

    List<JsonObject> history = array(researcher.get("/api/datasets/" + id + "/lifecycle"));
    assertThat(history)
        .extracting(
            e -> e.getString("transition") + " " + text(e, "from") + "->" + e.getString("to"))
        .containsExactly(
            "CREATE null->DRAFT",
            "RELEASE DRAFT->RELEASED",
            "PUBLISH RELEASED->PUBLISHED",
            "NEW_VERSION PUBLISHED->PUBLISHED",
            "INVALIDATE PUBLISHED->INVALIDATED");
    assertThat(history)
        .allSatisfy(
            e -> assertThat(e.getString("actor")).isEqualTo(HubClient.subjectOf("operator")))
        .allSatisfy(e -> assertThat(e.getString("actorName")).isNotBlank());
    assertThat(history)
        .extracting(e -> text(e, "reason"))
        .containsExactly(
            "null",
            "ready for review",
            "null",
            "metadata updated",
            "consent withdrawn by the site");
    assertThat(history.get(3).getInt("version")).isEqualTo(2);

    assertThat(traceActions(id))
        .containsExactly(
            "INVALIDATE_DATASET",
            "NEW_DATASET_VERSION",
            "PUBLISH_DATASET",
            "RELEASE_DATASET",
            "CREATE_DATASET");
  }

  @Test
  void aNodeChangingAPublishedRecordMakesANewVersionAndStoppingItInvalidates() {
    String word = word();
    String localId = "pushed-" + word;
    Reply token = admin.post("/api/nodes/" + NODE + "/tokens", "{\"label\":\"lifecycle\"}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    HubClient node = HubClient.bearer(token.json().getString("token"));
    String path = "/api/nodes/" + NODE + "/datasets/" + localId;

    Reply added =
        node.put(
            path, dataset(NODE, localId, "Pushed " + word).set("status", "PUBLISHED").toJson());
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    String id = search(anonymous, word).getJsonArray("items").getJsonObject(0).getString("id");
    assertThat(anonymous.get("/api/datasets/" + id).json().getInt("versionNumber")).isEqualTo(1);

    Reply same =
        node.put(
            path, dataset(NODE, localId, "Pushed " + word).set("status", "PUBLISHED").toJson());
    assertThat(same.json().getInt("unchanged")).isEqualTo(1);
    Reply changed =
        node.put(
            path,
            dataset(NODE, localId, "Pushed " + word + " again")
                .set("status", "PUBLISHED")
                .toJson());
    assertThat(changed.json().getInt("updated")).isEqualTo(1);
    JsonObject current = anonymous.get("/api/datasets/" + id).json();
    assertThat(current.getInt("versionNumber")).isEqualTo(2);
    assertThat(current.getString("status")).isEqualTo("PUBLISHED");
    assertThat(anonymous.get("/api/datasets/" + id + "/versions/1").json().getString("title"))
        .isEqualTo("Pushed " + word);

    assertThat(node.delete(path).status()).isEqualTo(200);
    JsonObject invalidated = anonymous.get("/api/datasets/" + id).json();
    assertThat(invalidated.getString("status")).isEqualTo("INVALIDATED");
    assertThat(invalidated.getJsonObject("invalidation").getString("reason"))
        .isEqualTo("no longer published by its node");
    assertThat(total(anonymous, word)).isZero();
    assertThat(array(anonymous.get("/api/datasets/" + id + "/lifecycle")))
        .extracting(e -> e.getString("transition"))
        .containsExactly("CREATE", "NEW_VERSION", "INVALIDATE");
  }

  private static JsonObject step(HubClient client, String id, String step, String body) {
    Reply reply = client.post("/api/datasets/" + id + "/" + step, body);
    assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> actions(JsonObject dataset) {
    return dataset.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static JsonObject search(HubClient client, String word) {
    Reply reply = client.get("/api/datasets?q=" + word);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static int total(HubClient client, String word) {
    return search(client, word).getInt("total");
  }

  private static List<JsonObject> array(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  private List<String> traceActions(String id) {
    Reply traces = admin.get("/api/traces?dataset=" + id + "&size=100");
    assertThat(traces.status()).as(traces.body()).isEqualTo(200);
    return traces.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(t -> t.getString("action"))
        .toList();
  }

  private static String text(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key) ? "null" : o.getString(key);
  }

  /** A word no other dataset carries, so that searches count only this test's. */
  private static String word() {
    return "lifecycle" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
