package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every dataset change leaves a chained trace; proofs check out; tampering is named. */
@ExtendWith(RunningHub.class)
class TraceLogIT {

  private static final String NODE = DemoFederation.nodes().get(1).id();
  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");

  @Test
  void recordsEveryChangeOfADatasetInOrder() throws InterruptedException {
    String id =
        operator
            .post("/api/datasets", dataset(NODE, "traced-1", "Traced").toJson())
            .json()
            .getString("id");
    operator.put("/api/datasets/" + id, dataset(NODE, "traced-1", "Traced again").toJson());
    operator.post("/api/datasets/" + id + "/publish", "{}");
    operator.post("/api/datasets/" + id + "/invalidate", "{\"reason\":\"traced\"}");
    String draft =
        operator
            .post(
                "/api/datasets", dataset(NODE, "traced-2", "Draft").set("status", "DRAFT").toJson())
            .json()
            .getString("id");
    operator.delete("/api/datasets/" + draft);

    assertThat(chained(admin, "dataset=" + draft, 2))
        .extracting(t -> t.getString("action"))
        .containsExactly("WITHDRAW_DATASET", "CREATE_DATASET");
    // the DOI the hub mints in the background for the published version is not a change of ours
    List<JsonObject> traces =
        chained(admin, "dataset=" + id, 4).stream()
            .filter(t -> !"MINT_DOI".equals(t.getString("action")))
            .toList();
    assertThat(traces)
        .extracting(t -> t.getString("action"))
        .containsExactly(
            "INVALIDATE_DATASET", "PUBLISH_DATASET", "UPDATE_DATASET", "CREATE_DATASET");
    JsonObject created = traces.get(3);
    assertThat(created.getString("caller")).isEqualTo("catalogue");
    assertThat(created.getString("user")).hasSize(64).doesNotContain("operator");
    assertThat(created.getJsonObject("details").getString("node")).isEqualTo(NODE);
    assertThat(traces.get(2).getJsonNumber("sequence").longValue())
        .isGreaterThan(created.getJsonNumber("sequence").longValue());
    assertThat(traces.get(2).getString("previousHash")).isNotBlank();
  }

  @Test
  void aRefusedChangeLeavesNoTrace() {
    String refusedId = DatasetId.of(NODE, "bad-1").value();
    Reply refused =
        operator.post(
            "/api/datasets", dataset(NODE, "bad-1", "Bad").set("numberOfStudies", -1).toJson());
    assertThat(refused.status()).isEqualTo(400);
    // by the dataset, not the whole log: the shared hub's background work (DOIs minted for the
    // datasets other tests published) adds traces of its own meanwhile
    assertThat(total(admin, "dataset=" + refusedId)).isZero();
  }

  @Test
  void showsPeopleOnlyTheirOwnTraces() {
    operator.post("/api/datasets", dataset(NODE, "mine-1", "Mine").toJson());
    List<JsonObject> own = traces(operator, "size=1000");
    assertThat(own).isNotEmpty();
    String pseudonym = own.get(0).getString("user");
    assertThat(own).allSatisfy(t -> assertThat(t.getString("user")).isEqualTo(pseudonym));
    assertThat(HubClient.anonymous().get("/api/traces").status()).isEqualTo(401);
    assertThat(HubClient.as("researcher").get("/api/traces/verification").status()).isEqualTo(403);
  }

  @Test
  void provesATraceAndNamesATamperedOne() throws Exception {
    String id =
        admin
            .post("/api/datasets", dataset(NODE, "proved-1", "Proved").toJson())
            .json()
            .getString("id");
    String traceId = traces(admin, "dataset=" + id).get(0).getString("id");
    JsonObject proof = awaitProof(traceId);
    JsonObject trace = admin.get("/api/traces/" + traceId).json();
    assertThat(proof.getBoolean("rootMatches")).isTrue();
    assertThat(proof.getString("leaf")).isEqualTo(trace.getString("hash"));
    assertThat(proof.getString("mode")).isEqualTo(RunningHub.anchorMode());
    if ("local".equals(RunningHub.anchorMode())) {
      assertThat(proof.getBoolean("externallyAnchored")).isFalse();
      assertThat(proof.getString("transaction", null)).isNull();
      JsonObject status = HubClient.anonymous().get("/api/traces/anchoring").json();
      assertThat(status.getString("mode")).isEqualTo("local");
      assertThat(status.getBoolean("externallyAnchored")).isFalse();
    }
    assertThat(admin.get("/api/traces/verification").json().getBoolean("intact")).isTrue();

    try (Connection db = RunningHub.database()) {
      String original = details(db, traceId);
      update(db, traceId, original.replace("RELEASED", "PUBLISHED"));
      try {
        JsonObject verification = admin.get("/api/traces/verification").json();
        assertThat(verification.getBoolean("intact")).isFalse();
        assertThat(verification.getString("traceId")).isEqualTo(traceId);
        assertThat(verification.getJsonNumber("brokenAt").longValue())
            .isEqualTo(trace.getJsonNumber("sequence").longValue());
        assertThat(verification.getString("problem")).contains("edited");
      } finally {
        update(db, traceId, original);
      }
    }
    assertThat(admin.get("/api/traces/verification").json().getBoolean("intact")).isTrue();
  }

  @Test
  void reportsARecordChangedBehindTheCataloguesBack() throws Exception {
    String id =
        admin
            .post("/api/datasets", dataset(NODE, "integrity-1", "Intact").toJson())
            .json()
            .getString("id");
    JsonObject intact = admin.get("/api/datasets/" + id + "/integrity").json();
    assertThat(intact.getBoolean("intact")).isTrue();
    assertThat(intact.getString("tracedHash")).isEqualTo(intact.getString("currentHash"));
    assertThat(intact.getString("traceAction")).isEqualTo("CREATE_DATASET");

    try (Connection db = RunningHub.database();
        PreparedStatement s = db.prepareStatement("update dataset set title = ? where id = ?")) {
      s.setString(1, "Forged");
      s.setString(2, id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    JsonObject forged = admin.get("/api/datasets/" + id + "/integrity").json();
    assertThat(forged.getBoolean("intact")).isFalse();
    assertThat(forged.getString("tracedHash")).isEqualTo(intact.getString("tracedHash"));
    assertThat(forged.getString("currentHash")).isNotEqualTo(intact.getString("currentHash"));
  }

  private JsonObject awaitProof(String traceId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Reply reply = admin.get("/api/traces/" + traceId + "/proof");
      if (reply.status() == 200) {
        return reply.json();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("trace " + traceId + " was not sealed in a batch");
  }

  /** Traces are linked into the chain shortly after they commit: waits for that. */
  private static List<JsonObject> chained(HubClient client, String query, int expected)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<JsonObject> traces = traces(client, query);
      if (traces.size() >= expected
          && traces.stream().allMatch(t -> t.get("sequence") instanceof JsonNumber)) {
        return traces;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("traces matching " + query + " were not chained");
  }

  private static String details(Connection db, String traceId) throws Exception {
    try (PreparedStatement s = db.prepareStatement("select details from trace where id = ?")) {
      s.setString(1, traceId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static void update(Connection db, String traceId, String details) throws Exception {
    try (PreparedStatement s = db.prepareStatement("update trace set details = ? where id = ?")) {
      s.setString(1, details);
      s.setString(2, traceId);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static List<JsonObject> traces(HubClient client, String query) {
    Reply reply = client.get("/api/traces?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static long total(HubClient client, String query) {
    return client.get("/api/traces?" + query).json().getJsonNumber("total").longValue();
  }
}
