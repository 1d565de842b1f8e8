package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A broken or suspiciously small document never empties a node: its withdrawals are held for a
 * person to confirm or discard, a cut or odd document fails as what it is, and a run that says it
 * ended shows counts search agrees with.
 */
@ExtendWith(RunningHub.class)
class HarvestSafetyIT {

  private static final String PREFIX_ONLY =
      "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n# the catalogue is being rebuilt\n";
  private static final String CONTEXT_ONLY =
      "{\"@context\": {\"dcat\": \"http://www.w3.org/ns/dcat#\"}}";

  private static FixtureNode node;
  private final HubClient admin = HubClient.as("admin");
  private final HubClient otherOperator = HubClient.as("operator");
  private String currentNode;

  @BeforeAll
  static void startNode() throws Exception {
    node = new FixtureNode();
  }

  @AfterAll
  static void stopNode() {
    node.close();
  }

  @Test
  void emptyDocumentsAreHeldAndDiscardedWithoutWithdrawingAnything() throws Exception {
    HubClient token = register("safe-empty");
    serveRecords("safe-empty", 4);
    JsonObject first = harvest("safe-empty");
    assertThat(first.getString("status")).as(first.toString()).isEqualTo("SUCCEEDED");
    assertThat(first.getInt("added")).isEqualTo(4);
    assertThat(total("safe-empty")).isEqualTo(4);

    serve("text/turtle", PREFIX_ONLY);
    JsonObject empty = harvest("safe-empty");
    assertThat(empty.getString("status")).as(empty.toString()).isEqualTo("HELD");
    assertThat(empty.getInt("withdrawn")).isZero();
    assertThat(held(empty)).containsExactlyInAnyOrder("r0", "r1", "r2", "r3");
    assertThat(total("safe-empty")).isEqualTo(4);
    // the node's operators hear that withdrawals wait for them
    SmtpMailbox.Received mail =
        RunningHub.mailbox()
            .await("ops@safe-empty.test", empty.getString("id"), Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no mail for held run " + empty));
    assertThat(mail.subject()).startsWith("Harvest of node safe-empty holds 4 withdrawals");

    Reply denied = otherOperator.post("/api/harvests/" + empty.getString("id") + "/discard", "");
    assertThat(denied.status()).isEqualTo(403);
    Reply discarded = token.post("/api/harvests/" + empty.getString("id") + "/discard", "");
    assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
    assertThat(discarded.json().getString("status")).isEqualTo("DISCARDED");
    Reply late = admin.post("/api/harvests/" + empty.getString("id") + "/confirm", "");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.contentType()).startsWith("application/problem+json");
    assertThat(total("safe-empty")).isEqualTo(4);

    serve("application/ld+json", CONTEXT_ONLY);
    JsonObject contextOnly = harvest("safe-empty");
    assertThat(contextOnly.getString("status")).as(contextOnly.toString()).isEqualTo("HELD");
    assertThat(held(contextOnly)).hasSize(4);
    assertThat(total("safe-empty")).isEqualTo(4);
    assertThat(traceStatuses()).contains(empty.getString("id") + ":DISCARDED");
  }

  @Test
  void aNinetyPercentWithdrawalIsHeldUntilConfirmedAndANewerRunSupersedesIt() throws Exception {
    HubClient token = register("safe-share");
    serveRecords("safe-share", 10);
    assertThat(harvest("safe-share").getInt("added")).isEqualTo(10);

    // the node now lists r0 and a new record only: the new one goes in, 9 withdrawals are held
    serve("application/x-ndjson", ndjson("safe-share", List.of("r0", "new")));
    JsonObject older = harvest("safe-share");
    JsonObject newer = harvest("safe-share");
    assertThat(older.getString("status")).as(older.toString()).isEqualTo("HELD");
    assertThat(older.getInt("added")).isEqualTo(1);
    assertThat(newer.getString("status")).isEqualTo("HELD");
    assertThat(held(newer)).hasSize(9).doesNotContain("r0", "new");
    assertThat(run(older.getString("id")).getString("status")).isEqualTo("DISCARDED");
    assertThat(total("safe-share")).isEqualTo(11);

    // r1 is published again meanwhile: the node wants it kept
    Reply republished =
        token.post(
            "/api/nodes/safe-share/datasets",
            "[" + dataset("safe-share", "r1", "Safety record r1, revised").toJson() + "]");
    assertThat(republished.status()).as(republished.body()).isEqualTo(200);

    Reply confirmed = token.post("/api/harvests/" + newer.getString("id") + "/confirm", "");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(confirmed.json().getString("status")).isEqualTo("SUCCEEDED");
    assertThat(confirmed.json().getInt("withdrawn")).isEqualTo(8);
    assertThat(total("safe-share")).isEqualTo(3);
    assertThat(admin.post("/api/harvests/" + newer.getString("id") + "/confirm", "").status())
        .isEqualTo(409);
    assertThat(admin.post("/api/harvests/" + older.getString("id") + "/confirm", "").status())
        .isEqualTo(409);
    assertThat(traceStatuses()).contains(newer.getString("id") + ":SUCCEEDED");
  }

  @Test
  void aFullSyncPushIsGuardedTheSameWay() {
    HubClient token = register("safe-push");
    String five = "[" + records("safe-push", 5) + "]";
    Reply first = token.put("/api/nodes/safe-push/datasets", five);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().getString("status")).isEqualTo("SUCCEEDED");
    assertThat(total("safe-push")).isEqualTo(5);

    Reply one = token.put("/api/nodes/safe-push/datasets", "[" + records("safe-push", 1) + "]");
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().getString("status")).isEqualTo("HELD");
    assertThat(one.json().getJsonArray("heldWithdrawals")).hasSize(4);
    assertThat(one.json().getInt("withdrawn")).isZero();
    assertThat(total("safe-push")).isEqualTo(5);
    String heldRun = one.json().getString("run");
    assertThat(token.post("/api/harvests/" + heldRun + "/discard", "").status()).isEqualTo(200);
    assertThat(total("safe-push")).isEqualTo(5);

    Reply none = token.put("/api/nodes/safe-push/datasets", "[]");
    assertThat(none.json().getString("status")).as(none.body()).isEqualTo("HELD");
    Reply confirmed = admin.post("/api/harvests/" + none.json().getString("run") + "/confirm", "");
    assertThat(confirmed.json().getInt("withdrawn")).isEqualTo(5);
    assertThat(total("safe-push")).isZero();
  }

  @Test
  void cutOrDeepDocumentsFailTheRunAndThePushAndChangeNothing() throws Exception {
    HubClient token = register("safe-cut");
    String complete = node.fixture("eucaim-complete.ttl");
    serve("text/turtle", complete);
    assertThat(harvest("safe-cut").getInt("added")).isEqualTo(1);

    String cut = complete.substring(0, complete.indexOf("dcat:keyword") + "dcat:keyword".length());
    cut = cut + " \"prostate\"@en";
    serve("text/turtle", cut);
    JsonObject failed = harvest("safe-cut");
    assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
    JsonObject error = failed.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getJsonNumber("line").longValue()).isEqualTo(cut.lines().count());
    assertThat(error.getString("message")).contains("DOT");

    Reply pushedCut = token.send("PUT", "/api/nodes/safe-cut/datasets", "text/turtle", cut);
    assertThat(pushedCut.status()).isEqualTo(400);
    assertThat(pushedCut.contentType()).startsWith("application/problem+json");
    assertThat(pushedCut.body()).contains("line " + cut.lines().count());

    String deep = deepTurtle(100_000);
    serve("text/turtle", deep);
    JsonObject deepRun = harvest("safe-cut");
    assertThat(deepRun.getString("status")).as(deepRun.toString()).isEqualTo("FAILED");
    assertThat(deepRun.getJsonArray("errors").getJsonObject(0).getString("message"))
        .contains("nested too deeply");
    // pushed bodies are capped at 20,000 bytes here: nested lists go deepest per byte
    String deepList =
        "<https://x.example/a> <https://x.example/p> "
            + "(".repeat(9_900)
            + ")".repeat(9_900)
            + " .";
    Reply pushedDeep = token.send("POST", "/api/nodes/safe-cut/datasets", "text/turtle", deepList);
    assertThat(pushedDeep.status()).as(pushedDeep.body()).isEqualTo(400);
    assertThat(pushedDeep.contentType()).startsWith("application/problem+json");

    String dtd =
        node.fixture("internal-entity.rdf").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
    Reply utf16 =
        token.send(
            "POST",
            "/api/nodes/safe-cut/datasets",
            "application/rdf+xml",
            dtd.getBytes(StandardCharsets.UTF_16));
    assertThat(utf16.status()).as(utf16.body()).isEqualTo(400);
    assertThat(utf16.body()).contains("DTD").doesNotContain("Entity title");

    Reply relative =
        token.send(
            "POST",
            "/api/nodes/safe-cut/datasets",
            "text/turtle",
            "<datasets/x> <http://purl.org/dc/terms/title> \"X\" .");
    assertThat(relative.status()).isEqualTo(400);
    assertThat(relative.body()).contains("relative IRI <datasets/x>");

    assertThat(total("safe-cut")).isEqualTo(1);
    // nothing is left running: the node can be pulled again at once
    serve("text/turtle", complete);
    assertThat(harvest("safe-cut").getString("status")).isEqualTo("SUCCEEDED");
  }

  private static String deepTurtle(int depth) {
    return "@prefix dct: <http://purl.org/dc/terms/> .\n<https://x.example/a> dct:relation "
        + "[ dct:relation ".repeat(depth)
        + "\"bottom\""
        + " ]".repeat(depth)
        + " .\n";
  }

  private HubClient register(String nodeId) {
    PullRuns.register(admin, nodeId, node.url("/" + nodeId), "auto", "ops@" + nodeId + ".test");
    Reply issued = admin.post("/api/nodes/" + nodeId + "/tokens", "{\"label\":\"safety\"}");
    assertThat(issued.status()).isEqualTo(201);
    currentNode = nodeId;
    return HubClient.bearer(issued.json().getString("token"));
  }

  private void serve(String type, String body) {
    node.answer("/" + currentNode, new FixtureNode.Answer(200, type, body, null, 0));
  }

  private void serveRecords(String nodeId, int count) {
    serve(
        "application/x-ndjson",
        ndjson(nodeId, IntStream.range(0, count).mapToObj(i -> "r" + i).toList()));
  }

  private static String ndjson(String nodeId, List<String> localIds) {
    return localIds.stream()
        .map(id -> dataset(nodeId, id, "Safety record " + id).toJson())
        .collect(Collectors.joining("\n"));
  }

  private static String records(String nodeId, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> dataset(nodeId, "r" + i, "Safety record r" + i).toJson())
        .collect(Collectors.joining(","));
  }

  private static List<String> held(JsonObject run) {
    return run.getJsonArray("heldWithdrawals").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private JsonObject harvest(String nodeId) throws InterruptedException {
    return PullRuns.harvest(admin, nodeId);
  }

  private JsonObject run(String runId) {
    return admin.get("/api/harvests/" + runId).json();
  }

  /** Each HARVEST_RUN trace as run:status. */
  private List<String> traceStatuses() {
    return admin
        .get("/api/traces?action=HARVEST_RUN&size=1000")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(t -> t.getJsonObject("details"))
        .map(d -> d.getString("run") + ":" + d.getString("status"))
        .toList();
  }

  private int total(String nodeId) {
    return admin.get("/api/datasets?node=" + nodeId).json().getInt("total");
  }
}
