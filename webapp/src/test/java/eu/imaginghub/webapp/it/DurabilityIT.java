package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A hub of its own, on the embedded database and the run's search backend, killed with {@code kill
 * -9} while a node pushes, started again on the same data, then backed up while it runs and
 * restored into a fresh hub (with an empty index of its own, which its start rebuilds). The steps
 * build on each other and share the two extra starts of Payara Micro this costs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

  private static final String NODE = "crash";
  private static final int RECORDS_PER_PUSH = 2;
  private static final int PUSHES_BEFORE_KILL = 20;
  private static final Path WORK =
      Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve("durability");
  private static final Path SCRIPTS = Path.of("..", "scripts");

  private static HubProcess hub;
  private static HubProcess restored;
  private static final List<String> acknowledged = new ArrayList<>();

  @BeforeAll
  static void startOwnHub() throws Exception {
    HubProcess.deleteTree(WORK);
    Files.createDirectories(WORK);
    hub = HubProcess.start(settings(WORK.resolve("data"), "durability-"), WORK.resolve("hub.log"));
  }

  @AfterAll
  static void stopHubs() throws InterruptedException {
    for (HubProcess h : new HubProcess[] {hub, restored}) {
      if (h != null) {
        h.stop();
      }
    }
  }

  /** The index prefix gives each hub indexes of its own when the run indexes in Elasticsearch. */
  private static List<String> settings(Path dataDir, String indexPrefix) throws Exception {
    List<String> settings = new ArrayList<>();
    settings.add("-Dhub.data-dir=" + dataDir);
    settings.add("-Dcatalogue.demo.enabled=false");
    settings.add("-Dtracer.anchor.interval-ms=300");
    // a lost row is to show on the health check at once, not after indexing's grace period
    settings.add("-Dhub.search.agreement-grace-ms=0");
    settings.addAll(RunningHub.databaseSettings(RunningHub.h2Url(dataDir)));
    settings.addAll(RunningHub.searchSettings(indexPrefix));
    settings.addAll(RunningHub.loginSettings());
    return settings;
  }

  @Test
  @Order(1)
  void keepsEveryAcknowledgedPushAcrossAKill() throws Exception {
    HubClient node = nodeWithToken();
    BlockingQueue<List<String>> acks = new LinkedBlockingQueue<>();
    Thread pusher = new Thread(() -> pushUntilTheHubIsGone(node, acks), "pusher");
    pusher.start();
    for (int i = 0; i < PUSHES_BEFORE_KILL; i++) {
      List<String> ack = acks.poll(2, TimeUnit.MINUTES);
      assertThat(ack).as("push %d acknowledged", i).isNotNull();
      acknowledged.addAll(ack);
    }
    hub.kill(); // at once after an answer, with the next push on its way
    pusher.join(TimeUnit.MINUTES.toMillis(2));
    acks.forEach(acknowledged::addAll);
    hub.start();

    Map<String, Integer> stored = liveRowsPerLocalId();
    assertThat(stored).containsKeys(acknowledged.toArray(String[]::new));
    assertThat(stored.values()).allMatch(rows -> rows == 1);
    assertThat(searchTotal(hub)).isEqualTo(stored.size());
    assertThat(count("select count(*) from record_provenance where node_id = ?"))
        .isEqualTo(stored.size());
    assertThat(chainIntact(hub)).isTrue();
  }

  private static void pushUntilTheHubIsGone(HubClient node, BlockingQueue<List<String>> acks) {
    for (int call = 0; ; call++) {
      int c = call;
      List<String> ids =
          IntStream.range(0, RECORDS_PER_PUSH).mapToObj(k -> "p" + c + "-" + k).toList();
      String ndjson =
          ids.stream()
              .map(id -> dataset(NODE, id, "Crash wombatcohort " + id).toJson())
              .collect(Collectors.joining("\n"));
      try {
        Reply reply =
            node.send("POST", "/api/nodes/" + NODE + "/datasets", "application/x-ndjson", ndjson);
        if (reply.status() != 200 || !reply.body().contains("\"added\":" + RECORDS_PER_PUSH)) {
          return; // the hub went down while answering: not acknowledged
        }
        acks.add(ids);
      } catch (UncheckedIOException e) {
        return; // killed: this push was never acknowledged
      }
    }
  }

  @Test
  @Order(2)
  void healthSaysDownWhenTheIndexHoldsADatasetTheDatabaseLostAndRepairFixesIt()
      throws SQLException {
    String id = datasetId(acknowledged.get(0));
    try (Connection c = RunningHub.database(RunningHub.h2Url(WORK.resolve("data")))) {
      for (String table :
          List.of(
              "dataset_code",
              "dataset_text",
              "dataset_agent",
              "dataset_distribution",
              "dataset_language_text",
              "dataset_identifier",
              "dataset_version",
              "dataset_lifecycle_event")) {
        update(c, "delete from " + table + " where dataset_id = ?", id);
      }
      update(c, "delete from dataset where id = ?", id);
    }
    Reply health = HubClient.anonymous().on(hub.uri()).get("/health/ready");
    assertThat(health.status()).isEqualTo(503);
    assertThat(searchIndexCheck(health).getString("status")).isEqualTo("DOWN");
    assertThat(searchIndexCheck(health).getJsonObject("data").getString("disagreement"))
        .startsWith("1 document(s)");

    Reply repair = admin(hub).post("/api/admin/search-index/repair", "");
    assertThat(repair.status()).isEqualTo(200);
    assertThat(repair.json().getInt("purged")).isEqualTo(1);
    assertThat(HubClient.anonymous().on(hub.uri()).get("/health/ready").status()).isEqualTo(200);
    acknowledged.remove(0);
  }

  @Test
  @Order(3)
  void aBackupOfTheRunningHubRestoresIntoAFreshHub() throws Exception {
    Path backup = WORK.resolve("hub-backup.sql.gz");
    String url = RunningHub.h2Url(WORK.resolve("data"));
    run(Map.of("HUB_DB_URL", url), "backup", backup);
    Path restoredData = WORK.resolve("restored/data");
    run(Map.of("HUB_DATA_DIR", restoredData.toString()), "restore", backup);

    restored =
        HubProcess.start(settings(restoredData, "restored-"), WORK.resolve("restored/hub.log"));

    String datasets = "select id, revision, updated_at, withdrawn_at from dataset order by id";
    String traces = "select id, content_hashes from trace order by id";
    String restoredUrl = RunningHub.h2Url(restoredData);
    assertThat(rows(restoredUrl, datasets)).isEqualTo(rows(url, datasets)).isNotEmpty();
    assertThat(rows(restoredUrl, traces)).isEqualTo(rows(url, traces));
    assertThat(searchTotal(restored)).isEqualTo(searchTotal(hub)).isEqualTo(liveDatasetsOfNode());
    assertThat(chainIntact(restored)).isTrue();
    assertThat(HubClient.anonymous().on(restored.uri()).get("/health/ready").status())
        .isEqualTo(200);
  }

  private static long liveDatasetsOfNode() throws SQLException {
    return count("select count(*) from dataset where node_id = ? and withdrawn_at is null");
  }

  private static void run(Map<String, String> env, String action, Path file) throws Exception {
    Path log = WORK.resolve(action + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
                SCRIPTS.resolve("backup.sh").toString(), action, file.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().remove("HUB_DB_URL");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
  }

  private static HubClient nodeWithToken() {
    JsonObject node =
        Json.createObjectBuilder()
            .add("id", NODE)
            .add("name", "Crash test node")
            .add("country", "PT")
            .add("organisation", "Crash Test Organisation")
            .add("contactEmail", "ops@crash.example.org")
            .add("baseUrl", "https://crash.example.org")
            .build();
    assertThat(admin(hub).post("/api/nodes", node.toString()).status()).isEqualTo(201);
    Reply issued = admin(hub).post("/api/nodes/" + NODE + "/tokens", "{\"label\":\"crash\"}");
    assertThat(issued.status()).isEqualTo(201);
    return HubClient.bearer(issued.json().getString("token")).on(hub.uri());
  }

  private static HubClient admin(HubProcess h) {
    return HubClient.as("admin").on(h.uri());
  }

  private static long searchTotal(HubProcess h) {
    Reply r = admin(h).get("/api/datasets?node=" + NODE + "&size=1");
    assertThat(r.status()).isEqualTo(200);
    return r.json().getJsonNumber("total").longValue();
  }

  private static boolean chainIntact(HubProcess h) {
    JsonObject verification = admin(h).get("/api/traces/verification").json();
    assertThat(verification.getJsonNumber("checked").longValue())
        .as(verification.toString())
        .isPositive();
    return verification.getBoolean("intact");
  }

  private static JsonObject searchIndexCheck(Reply health) {
    return health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals("search-index"))
        .findFirst()
        .orElseThrow();
  }

  private static String datasetId(String localId) throws SQLException {
    try (Connection c = RunningHub.database(RunningHub.h2Url(WORK.resolve("data")));
        PreparedStatement s =
            c.prepareStatement("select id from dataset where node_id = ? and local_id = ?")) {
      s.setString(1, NODE);
      s.setString(2, localId);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  private static Map<String, Integer> liveRowsPerLocalId() throws SQLException {
    Map<String, Integer> rows = new HashMap<>();
    try (Connection c = RunningHub.database(RunningHub.h2Url(WORK.resolve("data")));
        PreparedStatement s =
            c.prepareStatement(
                "select local_id, count(*) from dataset"
                    + " where node_id = ? and withdrawn_at is null group by local_id")) {
      s.setString(1, NODE);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(r.getString(1), r.getInt(2));
        }
      }
    }
    return rows;
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = RunningHub.database(RunningHub.h2Url(WORK.resolve("data")));
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, NODE);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static List<List<Object>> rows(String url, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = RunningHub.database(url);
        ResultSet r = c.createStatement().executeQuery(sql)) {
      int columns = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static void update(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      s.executeUpdate();
    }
  }
}
