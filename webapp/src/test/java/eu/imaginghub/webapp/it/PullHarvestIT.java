package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pull harvesting from a node played by a real HTTP server: paging, 304, withdrawals, failures. */
@ExtendWith(RunningHub.class)
class PullHarvestIT {

  private static final String CONTACT = "operators@pull-node.test";

  private static FixtureNode node;
  private final HubClient admin = HubClient.as("admin");
  private final HubClient anonymous = HubClient.anonymous();

  @BeforeAll
  static void startNode() throws Exception {
    node = new FixtureNode();
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  @Test
  void harvestsAPagedCatalogueOnlyWhenChangedAndWithdrawsWhatDisappears() throws Exception {
    node.serve("/paged?page=1", "paged-catalogue-page-1.ttl", "\"v1\"");
    node.serve("/catalogue?page=2", "paged-catalogue-page-2.ttl", null);
    node.serve("/catalogue?page=3", "paged-catalogue-page-3.ttl", null);
    register("pull-paged", node.url("/paged?page=1"));

    JsonObject first = harvest("pull-paged");
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.getString("trigger")).isEqualTo("MANUAL");
    assertThat(first.getInt("added") + first.getInt("invalid")).isEqualTo(5);
    assertThat(total("pull-paged")).isEqualTo(first.getInt("added"));

    JsonObject second = harvest("pull-paged");
    assertThat(second.getString("status")).isEqualTo("NOT_MODIFIED");
    assertThat(total("pull-paged")).isEqualTo(first.getInt("added"));

    // page 2 stops linking on: page 3's dataset is gone from the node's catalogue
    node.serve("/paged?page=1", "paged-catalogue-page-1.ttl", "\"v2\"");
    node.answer(
        "/catalogue?page=2",
        new FixtureNode.Answer(
            200,
            "text/turtle",
            node.fixture("paged-catalogue-page-2.ttl").replaceAll("hydra:nextPage <[^>]+> ;", ""),
            null,
            0));
    JsonObject third = harvest("pull-paged");
    assertThat(third.getString("status")).as(third.toString()).isEqualTo("SUCCEEDED");
    assertThat(third.getInt("withdrawn")).isEqualTo(1);
    assertThat(third.getInt("added") + third.getInt("updated")).isZero();
    assertThat(total("pull-paged")).isEqualTo(first.getInt("added") - 1);
    assertThat(admin.get("/api/datasets/" + datasetId("pull-paged", "p3-a")).status())
        .isEqualTo(410);

    // the raw records are kept: mapping them again needs no network and changes nothing here
    node.close();
    node = new FixtureNode();
    Reply remapped = admin.post("/api/nodes/pull-paged/harvests/remap", "");
    assertThat(remapped.status()).as(remapped.body()).isEqualTo(200);
    assertThat(remapped.json().getString("trigger")).isEqualTo("REMAP");
    assertThat(remapped.json().getInt("unchanged")).isEqualTo(first.getInt("added") - 1);
    assertThat(HubClient.as("operator").post("/api/nodes/pull-paged/harvests/remap", "").status())
        .isEqualTo(403);

    List<JsonObject> traces =
        admin
            .get("/api/traces?action=HARVEST_RUN&size=1000")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertThat(traces)
        .extracting(t -> t.getJsonObject("details").getString("run"))
        .contains(first.getString("id"), second.getString("id"), third.getString("id"));
  }

  @Test
  void pullsACatalogueInTheHubsOwnJsonFormat() throws Exception {
    String a = DatasetFixture.dataset("pull-json", "a", "Pulled wombatcohort A").toJson();
    String b = DatasetFixture.dataset("pull-json", "b", "Pulled wombatcohort B").toJson();
    node.answer(
        "/records.json",
        new FixtureNode.Answer(200, "application/json", "[" + a + "," + b + "]", "\"j1\"", 0));
    register("pull-json", node.url("/records.json"), "json");

    JsonObject first = harvest("pull-json");
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.getInt("added")).isEqualTo(2);
    assertThat(admin.get("/api/datasets/" + datasetId("pull-json", "a")).json().getString("title"))
        .isEqualTo("Pulled wombatcohort A");
    JsonObject provenance = admin.get("/api/nodes/pull-json/datasets/a/provenance").json();
    assertThat(provenance.getString("mediaType")).isEqualTo("application/json");
    assertThat(provenance.getString("run")).isEqualTo(first.getString("id"));

    // as NDJSON now, one record dropped: the same record is unchanged, the other withdrawn
    node.answer(
        "/records.json",
        new FixtureNode.Answer(200, "application/x-ndjson", a + "\n", "\"j2\"", 0));
    JsonObject second = harvest("pull-json");
    assertThat(second.getString("status")).as(second.toString()).isEqualTo("SUCCEEDED");
    assertThat(second.getInt("unchanged")).isEqualTo(1);
    assertThat(second.getInt("withdrawn")).isEqualTo(1);
    assertThat(total("pull-json")).isEqualTo(1);
  }

  @Test
  void aRecordWithAFieldBeyondItsLimitIsRefusedAloneAndTheOthersAreAdded() throws Exception {
    String good = DatasetFixture.dataset("pull-long", "good", "Pulled kowaricohort").toJson();
    String longKeyword =
        DatasetFixture.dataset("pull-long", "long", "Pulled long kowaricohort")
            .set("landingPage", "https://node.example.org/" + "x".repeat(4001))
            .toJson();
    node.answer(
        "/long.json",
        new FixtureNode.Answer(
            200, "application/json", "[" + good + "," + longKeyword + "]", null, 0));
    register("pull-long", node.url("/long.json"), "json");

    JsonObject run = harvest("pull-long");
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(run.getInt("added")).isEqualTo(1);
    assertThat(run.getInt("invalid")).isEqualTo(1);
    assertThat(run.toString()).contains("landingPage is longer than 1000 characters");
    assertThat(admin.get("/api/datasets/" + datasetId("pull-long", "good")).status())
        .isEqualTo(200);
    assertThat(admin.get("/api/datasets/" + datasetId("pull-long", "long")).status())
        .isEqualTo(404);
  }

  @Test
  void reportsSeriesAndDataServicesOneByOneAndHarvestsTheDataset() throws Exception {
    node.serve("/series", "series-services.ttl", "\"s1\"");
    register("pull-series", node.url("/series"));

    JsonObject run = harvest("pull-series");
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(run.getInt("added")).isEqualTo(1);
    // named one by one in the run's report, with their count
    List<JsonObject> errors = run.getJsonArray("errors").getValuesAs(JsonObject.class);
    assertThat(errors)
        .extracting(e -> e.getString("recordId", null))
        .containsExactlyInAnyOrder(
            null,
            "https://data.example.eu/series/budget",
            "https://data.example.eu/service/budget-api");
    assertThat(errors)
        .extracting(e -> e.getString("message"))
        .anyMatch(
            m ->
                m.endsWith(
                    "2 resource(s) not harvested as datasets: 1 dataset series, 1 data service(s)"))
        .anyMatch(m -> m.endsWith("not harvested as a dataset: dataset series \"Annual budget\""))
        .anyMatch(m -> m.endsWith("not harvested as a dataset: data service \"Budget API\""));
    JsonObject dataset =
        admin.get("/api/datasets/" + datasetId("pull-series", "budget-2023")).json();
    assertThat(dataset.getJsonObject("publisher").getString("name"))
        .isEqualTo("https://data.example.eu/org/statistics-office");
    assertThat(dataset.getString("issued")).isEqualTo("2023");
  }

  @Test
  void aBrokenOrFailingCatalogueFailsTheRunAndChangesNothing() throws Exception {
    node.serve("/broken", "eucaim-complete.ttl", "\"a\"");
    register("pull-broken", node.url("/broken"));
    JsonObject good = harvest("pull-broken");
    assertThat(good.getString("status")).as(good.toString()).isEqualTo("SUCCEEDED");
    assertThat(good.getInt("added")).isEqualTo(1);

    node.serve("/broken", "malformed.ttl", "\"b\"");
    JsonObject malformed = harvest("pull-broken");
    assertThat(malformed.getString("status")).isEqualTo("FAILED");
    JsonObject error = malformed.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getJsonNumber("line").longValue()).isEqualTo(8);
    assertThat(error.getJsonNumber("column").longValue()).isEqualTo(3);
    assertThat(total("pull-broken")).isEqualTo(1);

    node.answer("/broken", new FixtureNode.Answer(500, "text/plain", "down", "\"c\"", 0));
    JsonObject failed = harvest("pull-broken");
    assertThat(failed.getString("status")).isEqualTo("FAILED");
    assertThat(failed.getJsonArray("errors").getJsonObject(0).getString("message")).contains("500");
    assertThat(total("pull-broken")).isEqualTo(1);

    // the node's operators hear of each failure at the node's contact address
    for (JsonObject run : List.of(malformed, failed)) {
      SmtpMailbox.Received mail =
          RunningHub.mailbox()
              .await(CONTACT, run.getString("id"), Duration.ofSeconds(30))
              .orElseThrow(() -> new AssertionError("no mail for failed run " + run));
      assertThat(mail.subject()).startsWith("Harvest of node pull-broken failed");
      assertThat(mail.content()).contains("From: hub@imaging-hub.test");
    }
    assertThat(RunningHub.mailbox().await(CONTACT, good.getString("id"), Duration.ZERO)).isEmpty();
  }

  @Test
  void runsOneHarvestPerNodeAtATimeTimesOutSlowNodesAndTakesPingsFromTheNode() throws Exception {
    node.answer(
        "/slow",
        new FixtureNode.Answer(
            200, "text/turtle", node.fixture("eucaim-complete.ttl"), null, 6000));
    register("pull-slow", node.url("/slow"));
    Reply started = admin.post("/api/nodes/pull-slow/harvests", "");
    assertThat(started.status()).isEqualTo(202);
    Reply second = admin.post("/api/nodes/pull-slow/harvests", "");
    assertThat(second.status()).isEqualTo(409);
    JsonObject slow = awaitEnd(started.json().getString("id"));
    assertThat(slow.getString("status")).isEqualTo("FAILED");
    assertThat(total("pull-slow")).isZero();

    node.serve("/slow", "eucaim-complete.ttl", null);
    Reply issued = admin.post("/api/nodes/pull-slow/tokens", "{\"label\":\"ping\"}");
    HubClient nodeItself = HubClient.bearer(issued.json().getString("token"));
    Reply ping = nodeItself.send("POST", "/api/nodes/pull-slow/harvest-ping", "text/plain", "");
    assertThat(ping.status()).as(ping.body()).isEqualTo(202);
    JsonObject pinged = awaitEnd(ping.json().getString("id"));
    assertThat(pinged.getString("trigger")).isEqualTo("PING");
    assertThat(pinged.getString("status")).isEqualTo("SUCCEEDED");
    assertThat(
            nodeItself
                .send("POST", "/api/nodes/pull-paged/harvest-ping", "text/plain", "")
                .status())
        .isEqualTo(403);
  }

  @Test
  void onlyAdminsSetSourcesAndOnlyOperatorsSeeThem() {
    register("pull-rights", node.url("/rights"));
    String source = Json.createObjectBuilder().add("url", node.url("/other")).build().toString();
    assertThat(
            HubClient.as("operator").put("/api/nodes/pull-rights/harvest-source", source).status())
        .isEqualTo(403);
    assertThat(anonymous.get("/api/nodes/pull-rights/harvest-source").status()).isEqualTo(401);
    assertThat(admin.get("/api/nodes/pull-rights/harvest-source").json().getString("url"))
        .isEqualTo(node.url("/rights"));
    Reply ftp =
        admin.put(
            "/api/nodes/pull-rights/harvest-source",
            Json.createObjectBuilder().add("url", "ftp://example.org/x").build().toString());
    assertThat(ftp.status()).isEqualTo(400);
    assertThat(ftp.contentType()).startsWith("application/problem+json");
  }

  private void register(String nodeId, String url) {
    register(nodeId, url, "auto");
  }

  private void register(String nodeId, String url, String format) {
    PullRuns.register(admin, nodeId, url, format, CONTACT);
  }

  private JsonObject harvest(String nodeId) throws InterruptedException {
    return PullRuns.harvest(admin, nodeId);
  }

  private JsonObject awaitEnd(String runId) throws InterruptedException {
    return PullRuns.awaitEnd(admin, runId);
  }

  /** The catalogue's id of a node's record, as the hub derives it. */
  private static String datasetId(String nodeId, String localId) {
    return UUID.nameUUIDFromBytes((nodeId + "/" + localId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private int total(String nodeId) {
    return admin.get("/api/datasets?node=" + nodeId).json().getInt("total");
  }
}
