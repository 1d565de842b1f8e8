package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nodes check uses before they run and report them after: denied with the reason until a committee
 * approves the project's request, allowed after; a report names the model trained, whose lineage
 * lists the dataset; every check and report is a trace that verifies; a node never asks about
 * another node's datasets.
 */
@ExtendWith(RunningHub.class)
class UsesIT {

  private static final String NODE = DemoFederation.nodes().get(0).id();
  private static final String OTHER_NODE = DemoFederation.nodes().get(2).id();
  private static final String SHA256 = "3f".repeat(32);

  private static final HubClient admin = HubClient.as("admin");
  private static final HubClient operator = HubClient.as("operator");
  private static final HubClient researcher = HubClient.as("researcher");
  private static final HubClient committee = HubClient.as("committee");

  private static HubClient node;
  private static HubClient otherNode;
  private static String researcherEmail;
  private static String researcherSubject;

  @BeforeAll
  static void nodesHaveTokensAndPeopleHaveSignedIn() {
    node = HubClient.bearer(token(NODE));
    otherNode = HubClient.bearer(token(OTHER_NODE));
    JsonObject me = researcher.get("/api/me").json();
    researcherSubject = me.getString("subject");
    researcherEmail = me.getJsonObject("user").getString("email");
    assertThat(committee.get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void aUseWithoutEntitlementIsDeniedWithTheReasonAndItsReportIsKeptFlagged() throws Exception {
    String suffix = suffix();
    String project = project("USES-D" + suffix);
    String datasetId = datasetOf(NODE, "uses-denied-" + suffix);

    JsonObject denied = ok(node.post("/api/use-checks", use(researcherEmail, project, datasetId)));
    assertThat(denied.getBoolean("allowed")).isFalse();
    assertThat(strings(denied, "reasonCodes")).containsExactly("NEVER_GRANTED");
    assertThat(denied.getString("reason"))
        .isEqualTo(
            "No active entitlement of project "
                + project
                + " to dataset "
                + datasetId
                + ": none was ever granted");
    assertThat(denied.getString("userSubject")).isEqualTo(researcherSubject);
    assertThat(denied.getString("nodeId")).isEqualTo(NODE);
    assertThat(denied.getJsonArray("entitlements")).isEmpty();

    JsonObject stranger =
        ok(
            node.post(
                "/api/use-checks", use("nobody-" + suffix + "@example.org", project, datasetId)));
    assertThat(strings(stranger, "reasonCodes")).containsExactly("UNKNOWN_USER", "NEVER_GRANTED");
    JsonObject outsider =
        ok(node.post("/api/use-checks", use("committee@example.org", project, datasetId)));
    assertThat(strings(outsider, "reasonCodes")).containsExactly("NOT_A_MEMBER", "NEVER_GRANTED");
    JsonObject unknownDataset =
        ok(node.post("/api/use-checks", use(researcherSubject, project, "no-such-" + suffix)));
    assertThat(strings(unknownDataset, "reasonCodes")).containsExactly("DATASET_UNKNOWN");

    Reply report =
        node.post(
            "/api/use-reports", report(researcherEmail, project, datasetId, "lung-seg-" + suffix));
    assertThat(report.status()).as(report.body()).isEqualTo(201);
    assertThat(report.json().getBoolean("entitled")).isFalse();
    assertThat(strings(report.json(), "reasonCodes")).containsExactly("NEVER_GRANTED");

    JsonObject trace = chainedTrace(datasetId, "USE_DENIED", denied.getString("id"));
    assertThat(trace.getString("id")).isEqualTo(denied.getString("traceId"));
    assertThat(trace.getString("caller")).isEqualTo("node:" + NODE);
    assertThat(trace.getString("tool")).isEqualTo("nnU-Net");
    assertThat(trace.getJsonObject("details").getString("reasons")).isEqualTo("NEVER_GRANTED");
    assertThat(trace.getJsonObject("details").getString("project")).isEqualTo(project);
    JsonObject reported = chainedTrace(datasetId, "USE_REPORTED", report.json().getString("id"));
    assertThat(reported.getJsonObject("details").getString("entitled")).isEqualTo("false");
    assertThat(reported.getJsonObject("details").getString("modelSha256")).isEqualTo(SHA256);
  }

  @Test
  void aNodeAsksOnlyAboutItsOwnDatasetsAndBadInputChangesNothing() {
    String suffix = suffix();
    String project = project("USES-N" + suffix);
    String datasetId = datasetOf(NODE, "uses-own-" + suffix);

    assertProblem(otherNode.post("/api/use-checks", use(researcherEmail, project, datasetId)), 403);
    assertProblem(
        otherNode.post(
            "/api/use-reports", report(researcherEmail, project, datasetId, "m-" + suffix)),
        403);
    assertProblem(
        researcher.post("/api/use-checks", use(researcherEmail, project, datasetId)), 403);
    assertProblem(
        HubClient.anonymous().post("/api/use-checks", use(researcherEmail, project, datasetId)),
        401);
    assertThat(
            ok(operator.post("/api/use-checks", use(researcherEmail, project, datasetId)))
                .getBoolean("allowed"))
        .isFalse();
    assertProblem(node.post("/api/use-checks", "{\"user\":\"x\",\"projectCode\":\"P\"}"), 400);
    JsonObject badHash =
        assertProblem(
            node.post(
                "/api/use-reports",
                report(researcherEmail, project, datasetId, "m-" + suffix).replace(SHA256, "xyz")),
            400);
    assertThat(badHash.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("model.sha256");

    JsonObject uses = ok(admin.get("/api/datasets/" + datasetId + "/uses"));
    assertThat(uses.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(uses.getJsonArray("items").getJsonObject(0).getString("kind")).isEqualTo("CHECK");
    assertProblem(researcher.get("/api/datasets/" + datasetId + "/uses"), 403);
    assertProblem(HubClient.anonymous().get("/api/datasets/" + datasetId + "/uses"), 401);
    assertProblem(admin.get("/api/datasets/no-such-dataset/uses"), 404);
  }

  @Test
  void anApprovedRequestAllowsTheUseAndTheReportedModelNamesItsDataset() throws Exception {
    String suffix = suffix();
    String project = project("USES-A" + suffix);
    String datasetId = datasetOf(NODE, "uses-approved-" + suffix);
    String model = "lung-seg-" + suffix;

    JsonObject before = ok(node.post("/api/use-checks", use(researcherEmail, project, datasetId)));
    assertThat(before.getBoolean("allowed")).isFalse();
    assertProblem(researcher.get("/api/datasets/" + datasetId + "/uses"), 403);

    approveAccess(project, datasetId);

    JsonObject allowed = ok(node.post("/api/use-checks", use(researcherEmail, project, datasetId)));
    assertThat(allowed.getBoolean("allowed")).as(allowed.toString()).isTrue();
    assertThat(allowed.getJsonArray("reasonCodes")).isEmpty();
    assertThat(allowed.getJsonArray("entitlements")).hasSize(1);
    assertThat(strings(allowed, "allowedActions")).containsExactly("report");
    String entitlement = allowed.getJsonArray("entitlements").getString(0);
    JsonObject granted = ok(researcher.get("/api/entitlements/" + entitlement));
    assertThat(granted.getString("datasetId")).isEqualTo(datasetId);

    // the use ran from the check on: the entitlement, granted moments ago, covers all of it
    Instant ranFrom = Instant.parse(allowed.getString("checkedAt"));
    Reply report =
        node.post("/api/use-reports", report(researcherEmail, project, datasetId, model, ranFrom));
    assertThat(report.status()).as(report.body()).isEqualTo(201);
    JsonObject reported = report.json();
    assertThat(reported.getBoolean("entitled")).as(report.body()).isTrue();
    // a run that began before the approval was not entitled over all of it, and is kept flagged
    JsonObject early =
        created(
            node.post(
                "/api/use-reports",
                report(researcherEmail, project, datasetId, model, ranFrom.minusSeconds(3600))));
    assertThat(early.getBoolean("entitled")).isFalse();
    assertThat(strings(early, "reasonCodes")).containsExactly("NOT_YET_VALID");
    assertThat(reported.getJsonObject("model").getString("sha256")).isEqualTo(SHA256);

    JsonObject lineage = ok(admin.get("/api/models/" + model + "/lineage"));
    assertThat(lineage.getJsonArray("versions")).hasSize(1);
    JsonObject version = lineage.getJsonArray("versions").getJsonObject(0);
    assertThat(version.getString("version")).isEqualTo("1.0.0");
    assertThat(version.getJsonArray("datasets").getJsonObject(0).getString("id"))
        .isEqualTo(datasetId);
    assertThat(strings(version, "traceIds"))
        .containsExactly(reported.getString("traceId"), early.getString("traceId"));
    assertThat(version.getJsonArray("reports").getValuesAs(JsonObject.class))
        .extracting(r -> r.getBoolean("entitled"))
        .containsExactly(true, false);
    assertThat(ok(node.get("/api/models/" + model + "/lineage")).getJsonArray("versions"))
        .hasSize(1);
    assertProblem(otherNode.get("/api/models/" + model + "/lineage"), 404);

    JsonObject theirs = ok(researcher.get("/api/datasets/" + datasetId + "/uses"));
    assertThat(theirs.getJsonNumber("total").longValue()).isEqualTo(4);
    assertThat(ok(committee.get("/api/datasets/" + datasetId + "/uses")).getInt("total"))
        .isEqualTo(4);
    assertProblem(otherNode.get("/api/datasets/" + datasetId + "/uses"), 403);

    JsonObject usedTrace = chainedTrace(datasetId, "USE_DATASETS", allowed.getString("id"));
    assertThat(usedTrace.getJsonObject("details").getString("entitlements")).isEqualTo(entitlement);
    JsonObject modelTrace = chainedTrace(datasetId, "USE_REPORTED", reported.getString("id"));
    assertThat(modelTrace.getJsonObject("details").getString("model")).isEqualTo(model);
    assertThat(modelTrace.getJsonObject("details").getString("modelVersion")).isEqualTo("1.0.0");
    assertThat(strings(modelTrace, "contentHashes")).containsExactly(SHA256);
    assertProofAndIntactLog(modelTrace.getString("id"));

    ok(
        admin.post(
            "/api/entitlements/" + entitlement + "/revoke", "{\"reason\":\"Consent withdrawn\"}"));
    JsonObject revoked = ok(node.post("/api/use-checks", use(researcherEmail, project, datasetId)));
    assertThat(revoked.getBoolean("allowed")).isFalse();
    assertThat(strings(revoked, "reasonCodes")).containsExactly("ENTITLEMENT_REVOKED");
    assertThat(revoked.getString("reason")).endsWith("(Consent withdrawn)");
  }

  /** The request flow: the researcher asks, a committee of the dataset approves by quorum. */
  private static void approveAccess(String project, String datasetId) {
    ApprovedAccess.committeeOf("Uses " + datasetId, List.of(datasetId));
    JsonObject draft =
        Json.createObjectBuilder()
            .add("projectCode", project)
            .add("title", "Segmenting lung nodules")
            .add("layPurpose", "Teach a computer to find lung nodules")
            .add("scientificPurpose", "Train and validate a segmentation model")
            .add("intendedUse", Json.createArrayBuilder().add("DUO:0000042"))
            .add("ethicsReference", "EC-2026-17")
            .add("accessEnd", "2027-12-31")
            .add("datasetIds", Json.createArrayBuilder().add(datasetId))
            .add("acceptedTerms", Json.createArrayBuilder().add(datasetId))
            .build();
    JsonObject request = created(researcher.post("/api/requests", draft.toString()));
    String id = request.getString("id");
    JsonObject submitted = ok(researcher.post("/api/requests/" + id + "/submit", ""));
    String part = submitted.getJsonArray("parts").getJsonObject(0).getString("id");
    for (HubClient member : List.of(committee, admin)) {
      if (!ok(researcher.get("/api/requests/" + id)).getString("state").equals("APPROVED")) {
        Reply vote =
            member.post(
                "/api/requests/" + id + "/parts/" + part + "/votes",
                "{\"vote\":\"APPROVE\",\"comment\":\"Purpose matches the consent\"}");
        assertThat(vote.status()).as(vote.body()).isIn(200, 201);
      }
    }
    assertThat(ok(researcher.get("/api/requests/" + id)).getString("state")).isEqualTo("APPROVED");
  }

  private static void assertProofAndIntactLog(String traceId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    Reply proof = admin.get("/api/traces/" + traceId + "/proof");
    while (proof.status() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      proof = admin.get("/api/traces/" + traceId + "/proof");
    }
    assertThat(proof.status()).as(proof.body()).isEqualTo(200);
    assertThat(proof.json().getBoolean("rootMatches")).isTrue();
    assertThat(ok(admin.get("/api/traces/verification")).getBoolean("intact")).isTrue();
  }

  /** The use's trace, once linked into the chain (shortly after it commits). */
  private static JsonObject chainedTrace(String datasetId, String action, String useId)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      List<JsonObject> traces =
          ok(admin.get("/api/traces?dataset=" + datasetId + "&action=" + action + "&size=1000"))
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(t -> useId.equals(t.getJsonObject("details").getString("use", null)))
              .toList();
      if (traces.size() == 1 && traces.get(0).get("sequence") instanceof JsonNumber) {
        return traces.get(0);
      }
      assertThat(traces).as("traces of use " + useId).hasSizeLessThanOrEqualTo(1);
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no chained " + action + " trace of use " + useId);
      }
      Thread.sleep(200);
    }
  }

  private static String use(String user, String project, String datasetId) {
    return useFields(user, project, datasetId).build().toString();
  }

  private static String report(String user, String project, String datasetId, String model) {
    return report(user, project, datasetId, model, Instant.now().minusSeconds(60));
  }

  private static String report(
      String user, String project, String datasetId, String model, Instant startedAt) {
    Instant now = Instant.now();
    return useFields(user, project, datasetId)
        .add("startedAt", startedAt.toString())
        .add("endedAt", now.toString())
        .add(
            "model",
            Json.createObjectBuilder()
                .add("id", model)
                .add("version", "1.0.0")
                .add("sha256", SHA256))
        .build()
        .toString();
  }

  private static JsonObjectBuilder useFields(String user, String project, String datasetId) {
    JsonArrayBuilder datasets = Json.createArrayBuilder().add(datasetId);
    return Json.createObjectBuilder()
        .add("user", user)
        .add("projectCode", project)
        .add("datasetIds", datasets)
        .add("tool", Json.createObjectBuilder().add("name", "nnU-Net").add("version", "2.5.1"));
  }

  private static String project(String code) {
    created(
        researcher.post(
            "/api/projects", "{\"code\":\"" + code + "\",\"title\":\"Use checks " + code + "\"}"));
    return code;
  }

  private static String datasetOf(String nodeId, String localId) {
    HubClient operator = operatorOf(nodeId);
    String id =
        created(
                operator.post(
                    "/api/datasets", dataset(nodeId, localId, "Uses " + localId).toJson()))
            .getString("id");
    Reply published = operator.post("/api/datasets/" + id + "/publish", "{}");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return id;
  }

  private static HubClient operatorOf(String nodeId) {
    return nodeId.equals(NODE) ? operator : admin;
  }

  private static String token(String nodeId) {
    return created(admin.post("/api/nodes/" + nodeId + "/tokens", "{\"label\":\"uses\"}"))
        .getString("token");
  }

  private static String suffix() {
    return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static JsonObject ok(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static JsonObject created(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  private static JsonObject assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    return reply.json();
  }
}
