package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data-access committees over HTTP: admins set them up and redefine them, members read theirs,
 * every change is kept, bad input changes nothing, and members read the traces of the datasets
 * their committee governs.
 */
@ExtendWith(RunningHub.class)
class CommitteesIT {

  private static final String NODE = DemoFederation.nodes().get(0).id();
  private static final AtomicInteger SERIAL = new AtomicInteger();

  /** Names differ from one run to the next, on a hub that keeps its data. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");
  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient anonymous = HubClient.anonymous();

  private static String adminId;
  private static String operatorId;
  private static String researcherId;
  private static String committeeId;

  /** People sit on committees after their first sign-in: every demo user signs in once. */
  @BeforeAll
  static void everyoneSignsIn() {
    adminId = HubClient.subjectOf("admin");
    operatorId = HubClient.subjectOf("operator");
    researcherId = HubClient.subjectOf("researcher");
    committeeId = HubClient.subjectOf("committee");
  }

  /**
   * The hub is shared by the run's tests, and a committee seat changes what a person may do
   * elsewhere (export requests, read traces): the operator leaves every committee this class seated
   * them on.
   */
  @AfterAll
  static void theOperatorLeavesTheCommitteesOfThisClass() {
    HubClient admin = HubClient.as("admin");
    for (JsonObject c :
        admin.get("/api/committees").structure().asJsonArray().getValuesAs(JsonObject.class)) {
      List<JsonObject> members = c.getJsonArray("members").getValuesAs(JsonObject.class);
      if (!c.getString("name").contains(RUN)
          || members.stream().noneMatch(m -> m.getString("subject").equals(operatorId))) {
        continue;
      }
      JsonArrayBuilder kept = Json.createArrayBuilder();
      members.stream()
          .filter(m -> !m.getString("subject").equals(operatorId))
          .forEach(
              m ->
                  kept.add(
                      Json.createObjectBuilder()
                          .add("email", m.getString("email"))
                          .add("chair", m.getBoolean("chair"))));
      JsonObject body =
          Json.createObjectBuilder()
              .add("name", c.getString("name"))
              .add("quorum", Json.createObjectBuilder().add("kind", "MAJORITY"))
              .add("voteDays", c.getInt("voteDays"))
              .add("members", kept)
              .add("datasetIds", c.getJsonArray("datasetIds"))
              .add("nodeIds", c.getJsonArray("nodeIds"))
              .build();
      Reply left = admin.put("/api/committees/" + c.getString("id"), body.toString());
      assertThat(left.status()).as(left.body()).isEqualTo(200);
    }
  }

  @Test
  void adminsSetUpCommitteesAndMembersReadTheirs() {
    String dataset = "it-dataset-" + UUID.randomUUID();
    Reply created = admin.post("/api/committees", body("Lung DAC " + serial(), dataset));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject c = created.json();
    assertThat(c.getJsonObject("quorum").getString("kind")).isEqualTo("MAJORITY");
    assertThat(c.getInt("voteDays")).isEqualTo(14);
    assertThat(c.getJsonArray("datasetIds").getString(0)).isEqualTo(dataset);
    assertThat(c.getJsonArray("members").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("subject"), m -> m.getBoolean("chair"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(committeeId, true),
            org.assertj.core.groups.Tuple.tuple(operatorId, false));
    assertThat(c.getJsonArray("members").getJsonObject(0).getString("email"))
        .isEqualTo("committee@example.org");
    assertThat(strings(c.getJsonArray("allowedActions"))).contains("edit");
    String id = c.getString("id");

    Reply asMember = operator.get("/api/committees/" + id);
    assertThat(asMember.status()).isEqualTo(200);
    assertThat(strings(asMember.json().getJsonArray("allowedActions"))).doesNotContain("edit");
    assertThat(ids(operator.get("/api/committees"))).contains(id);
    assertThat(ids(admin.get("/api/committees"))).contains(id);
    assertThat(ids(researcher.get("/api/committees"))).doesNotContain(id);
  }

  /**
   * Admins claiming one dataset for several committees at the same instant: one committee gets it,
   * each other claim is refused as a conflict, never a server error, and no committee is left half
   * made.
   */
  @Test
  void claimsOfOneDatasetAtOnceGiveOneCommitteeAndConflictsForTheRest() throws Exception {
    String dataset = "it-dataset-" + UUID.randomUUID();
    int claims = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(claims);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < claims; i++) {
        String name = "Race DAC " + serial();
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return admin.post("/api/committees", body(name, dataset));
                }));
      }
      go.countDown();
      List<Reply> answered = new ArrayList<>();
      for (Future<Reply> r : replies) {
        answered.add(r.get(2, TimeUnit.MINUTES));
      }
      assertThat(answered).extracting(Reply::status).containsOnly(201, 409);
      assertThat(answered).filteredOn(r -> r.status() == 201).hasSize(1);
      assertThat(answered)
          .filteredOn(r -> r.status() == 409)
          .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
    } finally {
      pool.shutdownNow();
    }
    assertThat(committees(admin))
        .filteredOn(c -> strings(c.getJsonArray("datasetIds")).contains(dataset))
        .hasSize(1);
  }

  @Test
  void onlyAdminsChangeCommitteesAndOnlyAdminsAndMembersReadThem() {
    String body = body("Forbidden DAC " + serial(), "it-dataset-" + UUID.randomUUID());
    assertThat(anonymous.post("/api/committees", body).status()).isEqualTo(401);
    assertThat(researcher.post("/api/committees", body).status()).isEqualTo(403);
    assertThat(committee.post("/api/committees", body).status()).isEqualTo(403);
    Reply created = admin.post("/api/committees", body);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");

    assertThat(committee.put("/api/committees/" + id, body).status()).isEqualTo(403);
    assertThat(researcher.get("/api/committees/" + id).status()).isEqualTo(403);
    assertThat(researcher.get("/api/committees/" + id + "/changes").status()).isEqualTo(403);
    assertThat(anonymous.get("/api/committees/" + id).status()).isEqualTo(401);
    assertThat(committee.get("/api/committees/" + id + "/changes").status()).isEqualTo(200);
  }

  @Test
  void everyChangeIsKeptWithActorTimeAndWhatChanged() {
    String dataset = "it-dataset-" + UUID.randomUUID();
    String name = "History DAC " + serial();
    Reply created = admin.post("/api/committees", body(name, dataset));
    String id = created.json().getString("id");

    String redefined =
        """
        {"name":"%s renamed","quorum":{"kind":"N_OF_M","n":2},"voteDays":7,
         "members":[{"email":"committee@example.org","chair":false},
                    {"email":"admin@example.org","chair":true}],
         "datasetIds":["%s"],"nodeIds":[]}
        """
            .formatted(name, dataset);
    Reply put = admin.put("/api/committees/" + id, redefined);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().getJsonObject("quorum").getInt("n")).isEqualTo(2);

    Reply changes = admin.get("/api/committees/" + id + "/changes");
    assertThat(changes.status()).isEqualTo(200);
    List<JsonObject> history = changes.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(history).extracting(h -> h.getString("kind")).containsExactly("CREATED", "UPDATED");
    JsonObject update = history.get(1);
    assertThat(update.getJsonObject("actor").getString("subject")).isEqualTo(adminId);
    assertThat(update.getString("at")).isNotBlank();
    assertThat(update.getJsonArray("changes").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("field") + ":" + text(i, "from") + "->" + text(i, "to"))
        .containsExactly(
            "name:" + name + "->" + name + " renamed",
            "quorum:MAJORITY->N_OF_M(2)",
            "voteDays:14->7",
            "chair:" + committeeId + "->" + adminId,
            "member:" + operatorId + "->null",
            "member:null->" + adminId);
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    String dataset = "it-dataset-" + UUID.randomUUID();
    String name = "Careful DAC " + serial();
    String id = admin.post("/api/committees", body(name, dataset)).json().getString("id");
    String before = admin.get("/api/committees/" + id).body();

    for (String bad :
        List.of(
            body(name, dataset).replace("operator@example.org", "nobody-known@example.org"),
            body(name, dataset).replace("\"chair\":false", "\"chair\":true"),
            body(name, dataset).replace("\"chair\":true", "\"chair\":false"),
            body(name, dataset).replace("{\"kind\":\"MAJORITY\"}", "{\"kind\":\"N_OF_M\",\"n\":3}"),
            body(name, dataset).replace("\"voteDays\":14", "\"voteDays\":0"),
            body(name, dataset).replace("\"nodeIds\":[]", "\"nodeIds\":[\"no-such-node\"]"),
            body("", dataset))) {
      Reply refused = admin.put("/api/committees/" + id, bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
    }
    Reply unknownMember =
        admin.post(
            "/api/committees",
            body("Never DAC " + serial(), "it-dataset-" + UUID.randomUUID())
                .replace("operator@example.org", "nobody-known@example.org"));
    assertThat(unknownMember.status()).isEqualTo(400);
    assertThat(unknownMember.json().getJsonArray("errors").toString()).contains("members[1].email");

    assertThat(admin.get("/api/committees/" + id).body()).isEqualTo(before);
    assertThat(admin.get("/api/committees/" + id + "/changes").structure().asJsonArray())
        .hasSize(1);
  }

  @Test
  void membersReadTheTracesOfTheDatasetsTheirCommitteeGoverns() {
    String localId = "it-committee-" + serial();
    Reply ds = operator.post("/api/datasets", dataset(NODE, localId, "Governed").toJson());
    assertThat(ds.status()).as(ds.body()).isEqualTo(201);
    String dataset = ds.json().getString("id");
    assertThat(traces(operator, dataset)).isPositive();
    assertThat(traces(researcher, dataset)).as("no member yet").isZero();

    String name = "Trace DAC " + serial();
    String withResearcher =
        body(name, dataset).replace("operator@example.org", "researcher@example.org");
    Reply created = admin.post("/api/committees", withResearcher);
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    assertThat(traces(researcher, dataset)).isEqualTo(traces(admin, dataset));
    String traceId =
        researcher
            .get("/api/traces?dataset=" + dataset)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    assertThat(researcher.get("/api/traces/" + traceId).status()).isEqualTo(200);

    // the hub is shared by the run's tests: the researcher leaves the committee again, so that
    // elsewhere they are no committee member
    String id = created.json().getString("id");
    Reply left = admin.put("/api/committees/" + id, body(name, dataset));
    assertThat(left.status()).as(left.body()).isEqualTo(200);
    assertThat(traces(researcher, dataset)).isZero();
  }

  @Test
  void theDevelopmentLoginStartsWithTheDemoCommittee() {
    Assumptions.assumeFalse(RunningHub.usesKeycloak(), "only the development login seeds it");
    List<JsonObject> demo =
        committees(admin).stream()
            .filter(c -> c.getString("name").equals("Demo data-access committee"))
            .toList();
    assertThat(demo).hasSize(1);
    JsonObject c = demo.get(0);
    assertThat(c.getJsonObject("quorum").getString("kind")).isEqualTo("MAJORITY");
    assertThat(c.getInt("voteDays")).isEqualTo(14);
    assertThat(c.getJsonArray("members").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("subject") + ":" + m.getBoolean("chair"))
        .containsExactlyInAnyOrder(committeeId + ":true", adminId + ":false");
    assertThat(strings(c.getJsonArray("nodeIds")))
        .containsExactlyInAnyOrderElementsOf(
            DemoFederation.nodes().stream().map(DemoFederation.DemoNode::id).toList());
    assertThat(ids(committee.get("/api/committees"))).contains(c.getString("id"));

    // through the node it governs, the chair reads the traces of the node's datasets
    String localId = "it-demo-dac-" + serial();
    Reply ds = operator.post("/api/datasets", dataset(NODE, localId, "Demo governed").toJson());
    String dataset = ds.json().getString("id");
    assertThat(traces(committee, dataset)).isPositive().isEqualTo(traces(admin, dataset));
  }

  /** A hub of its own, started twice on the same data: the second start seeds nothing more. */
  @Test
  void theDemoCommitteeIsSeededOnceAcrossRestarts() throws Exception {
    Assumptions.assumeFalse(RunningHub.usesKeycloak(), "only the development login seeds it");
    Path work = Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve("committees");
    HubProcess.deleteTree(work);
    Files.createDirectories(work);
    List<String> settings = new ArrayList<>();
    settings.add("-Dhub.data-dir=" + work.resolve("data"));
    settings.add("-Dcatalogue.demo.enabled=false");
    settings.addAll(RunningHub.databaseSettings(RunningHub.h2Url(work.resolve("data"))));
    settings.addAll(RunningHub.searchSettings("committees-"));
    settings.addAll(RunningHub.loginSettings());
    HubProcess own = HubProcess.start(settings, work.resolve("hub.log"));
    try {
      HubClient ownAdmin = HubClient.as("admin").on(own.uri());
      assertThat(demoCommittees(ownAdmin)).isEqualTo(1);
      own.stop();
      own.start();
      assertThat(demoCommittees(ownAdmin)).isEqualTo(1);
    } finally {
      own.stop();
    }
  }

  private static long demoCommittees(HubClient client) {
    return committees(client).stream()
        .filter(c -> c.getString("name").equals("Demo data-access committee"))
        .count();
  }

  private static List<JsonObject> committees(HubClient client) {
    Reply list = client.get("/api/committees");
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  private static String body(String name, String dataset) {
    return """
        {"name":"%s","quorum":{"kind":"MAJORITY"},"voteDays":14,
         "members":[{"email":"committee@example.org","chair":true},
                    {"email":"operator@example.org","chair":false}],
         "datasetIds":["%s"],"nodeIds":[]}
        """
        .formatted(name, dataset);
  }

  private static long traces(HubClient client, String dataset) {
    Reply page = client.get("/api/traces?dataset=" + dataset);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonNumber("total").longValue();
  }

  private static String serial() {
    return RUN + "-" + SERIAL.incrementAndGet();
  }

  private static String text(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key) ? "null" : o.getString(key);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }

  private static List<String> ids(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("id"))
        .toList();
  }
}
