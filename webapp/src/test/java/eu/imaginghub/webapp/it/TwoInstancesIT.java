package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two hubs of their own, started at the same moment on one empty PostgreSQL schema (the demo
 * federation is loaded once, by one of them), with the run's Elasticsearch (one index prefix),
 * indexing through the outbox: pushes to one node on both at once, a harvest of one node asked of
 * both at once, traces recorded on both. A dataset changed through either instance reads changed on
 * both at once (neither answers from what it kept of the dataset before). Then both instances'
 * searches count exactly the database's datasets, each dataset is found once with its current
 * title, one run executed, and the trace chain is whole. Last, one instance is killed with {@code
 * kill -9} in the middle of a harvest: the other refuses the node's harvest while the dead run may
 * still be alive, takes it over once the run has expired, and indexes the dead instance's share of
 * the outbox once its agent has expired. Only in the PostgreSQL run: the embedded database serves
 * one process.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  private static final Duration WAIT = Duration.ofMinutes(4);
  private static final Path WORK =
      Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve("two-instances");
  private static final String SCHEMA = "two_instances";
  private static final String PUSHED = "multi-push";
  private static final String PULLED = "multi-pull";
  private static final String CRASHED = "multi-crash";
  private static final long RUN_TIMEOUT_MS = 30_000;
  private static final int DEMO_DATASETS = 20;

  private static HubProcess first;
  private static HubProcess second;
  private static String url;
  private static FixtureNode node;
  private static String token;

  @BeforeAll
  static void startTwoHubs() throws Exception {
    Assumptions.assumeTrue(
        "postgresql".equals(RunningHub.db()), "two instances share a PostgreSQL database");
    HubProcess.deleteTree(WORK);
    Files.createDirectories(WORK);
    String base = System.getProperty("hub.it.db.url");
    try (Connection c = RunningHub.database(base);
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
    }
    url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    node = new FixtureNode();
    // both at once on the empty schema, as a deployment of two replicas starts them
    List<HubProcess> started =
        AllAtOnce.run(
            List.of(
                () -> HubProcess.start(settings("first"), WORK.resolve("first.log")),
                () -> HubProcess.start(settings("second"), WORK.resolve("second.log"))));
    first = started.get(0);
    second = started.get(1);
  }

  private static List<String> settings(String name) throws Exception {
    List<String> settings = new ArrayList<>();
    settings.add("-Xmx768m");
    settings.add("-Dhub.data-dir=" + WORK.resolve(name));
    settings.add("-Dcatalogue.demo.datasets=" + DEMO_DATASETS);
    settings.add("-Dhub.search.coordination=outbox-polling");
    settings.add("-Dharvester.fetch.allow-private=loopback");
    settings.add("-Dharvester.run.timeout-ms=" + RUN_TIMEOUT_MS);
    settings.add("-Dtracer.anchor.interval-ms=300");
    settings.addAll(RunningHub.databaseSettings(url));
    settings.addAll(RunningHub.searchSettings("two-instances-"));
    settings.addAll(RunningHub.loginSettings());
    return settings;
  }

  @AfterAll
  static void stop() throws Exception {
    for (HubProcess hub : new HubProcess[] {first, second}) {
      if (hub != null) {
        hub.stop();
      }
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(0)
  void theDemoFederationIsLoadedOnceByOneOfTheInstancesStartedTogether() throws Exception {
    assertThat(SchemaRows.count(url, "select count(*) from node"))
        .isEqualTo(DemoFederation.nodes().size());
    assertThat(SchemaRows.count(url, "select count(*) from dataset")).isEqualTo(DEMO_DATASETS);
    for (HubProcess hub : List.of(first, second)) {
      assertThat(admin(hub).get("/api/nodes").structure().asJsonArray())
          .hasSize(DemoFederation.nodes().size());
      awaitThat(
          () -> total(hub, "/api/datasets?size=1") == DEMO_DATASETS,
          DEMO_DATASETS + " demo datasets found on " + hub.uri());
    }
  }

  @Test
  @Order(1)
  void pushesToOneNodeOnBothInstancesAtOnceAreIndexedExactlyOnce() throws Exception {
    HubClient admin = admin(first);
    assertThat(admin.post("/api/nodes", nodeJson(PUSHED)).status()).isEqualTo(201);
    for (HubProcess hub : List.of(first, second)) {
      assertThat(admin(hub).get("/api/me").status()).isEqualTo(200); // signed in before the rush
    }
    Reply issued = admin.post("/api/nodes/" + PUSHED + "/tokens", "{\"label\":\"multi\"}");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    token = issued.json().getString("token");

    List<Callable<Reply>> pushes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pushes.add(push(first, "first-" + i, "Distinct tokfirst" + i));
      pushes.add(push(second, "second-" + i, "Distinct toksecond" + i));
    }
    for (int i = 0; i < 3; i++) {
      // the same record on both instances at the same moment, with different titles
      pushes.add(push(first, "shared-" + i, "Shared tokalpha" + i));
      pushes.add(push(second, "shared-" + i, "Shared tokbravo" + i));
    }
    List<Reply> replies = AllAtOnce.run(pushes);
    assertThat(replies)
        .allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 409))
        .filteredOn(r -> r.status() == 200)
        .hasSizeGreaterThanOrEqualTo(15);

    Map<String, String> titles = titlesInDatabase(PUSHED);
    assertThat(titles).hasSize(15);
    awaitIndexAgrees(PUSHED, titles);
    for (int i = 0; i < 3; i++) {
      String alpha = "tokalpha" + i;
      String bravo = "tokbravo" + i;
      String title =
          titles.values().stream()
              .filter(t -> t.endsWith(alpha) || t.endsWith(bravo))
              .findFirst()
              .orElseThrow();
      String lost = title.endsWith(alpha) ? bravo : alpha;
      for (HubProcess hub : List.of(first, second)) {
        assertThat(search(hub, lost).getInt("total")).as(lost + " on " + hub.uri()).isZero();
      }
    }
    assertTraceChainWhole();
  }

  @Test
  @Order(2)
  void aDatasetChangedOnOneInstanceIsReadChangedOnTheOther() throws Exception {
    String id =
        SchemaRows.rows(url, "select id, local_id from dataset where local_id = 'first-0'")
            .keySet()
            .stream()
            .findFirst()
            .orElseThrow();
    String path = "/api/datasets/" + id;
    for (int round = 1; round <= 3; round++) {
      // each instance has just read (and keeps) the dataset as it was before the change
      for (HubProcess hub : List.of(first, second)) {
        assertThat(admin(hub).get(path).status()).isEqualTo(200);
      }
      HubProcess writer = round % 2 == 0 ? second : first;
      String title = "Changed tokround" + round;
      Reply changed = push(writer, "first-0", title).call();
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);

      for (HubProcess reader : List.of(first, second)) {
        Reply read = admin(reader).get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("title")).as("read on " + reader.uri()).isEqualTo(title);
      }
    }
  }

  @Test
  @Order(3)
  void aHarvestAskedOfBothInstancesAtOnceRunsOnce() throws Exception {
    node.answer(
        "/one",
        new FixtureNode.Answer(
            200, "text/turtle", node.fixture("dcat-ap-3-plain.ttl"), null, 2_000));
    PullRuns.register(admin(first), PULLED, node.url("/one"), "auto", "pull@example.org");

    List<Reply> asked =
        AllAtOnce.run(
            List.of(
                () -> admin(first).post("/api/nodes/" + PULLED + "/harvests", ""),
                () -> admin(second).post("/api/nodes/" + PULLED + "/harvests", "")));
    assertThat(asked).extracting(Reply::status).containsExactlyInAnyOrder(202, 409);
    Reply started = asked.stream().filter(r -> r.status() == 202).findFirst().orElseThrow();
    JsonObject run = PullRuns.awaitEnd(admin(first), started.json().getString("id"));
    assertThat(run.getString("status")).as(run.toString()).isEqualTo("SUCCEEDED");
    assertThat(runs(PULLED))
        .containsExactly(Map.entry(started.json().getString("id"), "SUCCEEDED"));

    Map<String, String> titles = titlesInDatabase(PULLED);
    assertThat(titles).isNotEmpty();
    awaitIndexAgrees(PULLED, titles);
  }

  @Test
  @Order(4)
  void theOtherInstanceTakesOverWhenOneIsKilledMidHarvest() throws Exception {
    String fixture = node.fixture("dcat-ap-3-plain.ttl");
    node.answer("/crash", new FixtureNode.Answer(200, "text/turtle", fixture, null, 600_000));
    PullRuns.register(admin(first), CRASHED, node.url("/crash"), "auto", "crash@example.org");
    int requests = node.requests();
    Reply started = admin(first).post("/api/nodes/" + CRASHED + "/harvests", "");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String dead = started.json().getString("id");
    awaitThat(() -> node.requests() > requests, "the first instance fetches the node");
    first.kill();

    Reply refused = admin(second).post("/api/nodes/" + CRASHED + "/harvests", "");
    assertThat(refused.status()).as("the dead run has not expired yet").isEqualTo(409);
    node.answer("/crash", new FixtureNode.Answer(200, "text/turtle", fixture, null, 0));
    Map<String, Reply> takenOver = new ConcurrentHashMap<>();
    awaitThat(
        () -> {
          Reply r = admin(second).post("/api/nodes/" + CRASHED + "/harvests", "");
          if (r.status() == 202) {
            takenOver.put("run", r);
          }
          return r.status() == 202;
        },
        "the second instance starts the node's harvest once the dead run expired");
    String runId = takenOver.get("run").json().getString("id");
    assertThat(PullRuns.awaitEnd(admin(second), runId).getString("status")).isEqualTo("SUCCEEDED");
    assertThat(runs(CRASHED))
        .containsOnly(Map.entry(dead, "FAILED"), Map.entry(runId, "SUCCEEDED"));

    // the dead instance's agent expires and its share of the outbox is indexed by the survivor
    List<Callable<Reply>> pushes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pushes.add(push(second, "after-" + i, "After tokafter" + i));
    }
    assertThat(AllAtOnce.run(pushes)).extracting(Reply::status).containsOnly(200);
    Map<String, String> titles = titlesInDatabase(PUSHED);
    assertThat(titles).hasSize(21);
    awaitIndexAgrees(PUSHED, titles, List.of(second));
    awaitIndexAgrees(CRASHED, titlesInDatabase(CRASHED), List.of(second));
    assertTraceChainWhole(List.of(second));
  }

  private static Callable<Reply> push(HubProcess hub, String localId, String title) {
    String body = dataset(PUSHED, localId, title).toJson();
    return () ->
        HubClient.bearer(token)
            .on(hub.uri())
            .put("/api/nodes/" + PUSHED + "/datasets/" + localId, body);
  }

  private static void awaitIndexAgrees(String nodeId, Map<String, String> titles) throws Exception {
    awaitIndexAgrees(nodeId, titles, List.of(first, second));
  }

  /**
   * Each instance's search counts the node's datasets as the database holds them and finds each
   * dataset, once, by the word only its current title has.
   */
  private static void awaitIndexAgrees(
      String nodeId, Map<String, String> titles, List<HubProcess> hubs) throws Exception {
    for (HubProcess hub : hubs) {
      awaitThat(
          () -> total(hub, "/api/datasets?node=" + nodeId + "&size=1") == titles.size(),
          titles.size() + " datasets of " + nodeId + " found on " + hub.uri());
      for (Map.Entry<String, String> dataset : titles.entrySet()) {
        String word = uniqueWord(dataset.getValue());
        if (word == null) {
          continue; // a harvested fixture's title, not one of ours
        }
        awaitThat(
            () -> {
              JsonObject found = search(hub, word);
              return found.getInt("total") == 1
                  && found
                      .getJsonArray("items")
                      .getJsonObject(0)
                      .getString("id")
                      .equals(dataset.getKey());
            },
            dataset.getKey() + " found once by '" + word + "' on " + hub.uri());
      }
    }
  }

  private static String uniqueWord(String title) {
    for (String word : title.split(" ")) {
      if (word.startsWith("tok")) {
        return word;
      }
    }
    return null;
  }

  private static JsonObject search(HubProcess hub, String word) {
    Reply r = admin(hub).get("/api/datasets?q=" + word);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static int total(HubProcess hub, String path) {
    Reply r = admin(hub).get(path);
    return r.status() == 200 ? r.json().getInt("total") : -1;
  }

  private static void assertTraceChainWhole() throws Exception {
    assertTraceChainWhole(List.of(first, second));
  }

  /**
   * Every trace chained, each with its own sequence number, with no gap, sealed once; and the log
   * verifies on each instance.
   */
  private static void assertTraceChainWhole(List<HubProcess> hubs) throws Exception {
    awaitThat(
        () ->
            SchemaRows.count(
                    url, "select count(*) from trace where sequence is null or batch_id is null")
                == 0,
        "every trace chained and sealed");
    try (Connection c = RunningHub.database(url);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*), count(distinct sequence), min(sequence), max(sequence)"
                    + " from trace")) {
      r.next();
      long traces = r.getLong(1);
      assertThat(traces).isPositive();
      assertThat(r.getLong(2)).isEqualTo(traces);
      assertThat(r.getLong(4) - r.getLong(3) + 1).isEqualTo(traces);
    }
    assertThat(
            SchemaRows.count(
                url,
                "select count(*) from anchor_batch a join anchor_batch b on a.id < b.id"
                    + " and a.first_sequence <= b.last_sequence"
                    + " and b.first_sequence <= a.last_sequence"))
        .as("batches overlapping")
        .isZero();
    for (HubProcess hub : hubs) {
      JsonObject verification = admin(hub).get("/api/traces/verification").json();
      assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
    }
  }

  /** Each dataset of the node in the database, by id, with its title. */
  private static Map<String, String> titlesInDatabase(String nodeId) throws SQLException {
    return SchemaRows.rows(url, "select id, title from dataset where node_id = '" + nodeId + "'");
  }

  /** Each run of the node in the database, by id, with its status. */
  private static Map<String, String> runs(String nodeId) throws SQLException {
    return SchemaRows.rows(
        url, "select id, status from harvest_run where node_id = '" + nodeId + "'");
  }

  private static HubClient admin(HubProcess hub) {
    return HubClient.as("admin").on(hub.uri());
  }

  private static String nodeJson(String id) {
    return "{\"id\":\"%s\",\"name\":\"Node %s\",\"country\":\"ES\",\"organisation\":\"Multi\",\"contactEmail\":\"multi@example.org\"}"
        .formatted(id, id);
  }

  private static void awaitThat(Supplier<Boolean> condition, String what) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.get()) {
      assertThat(Instant.now()).as("waiting until " + what).isBefore(deadline);
      Thread.sleep(250);
    }
  }
}
