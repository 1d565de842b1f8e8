package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation the API document lists, as every kind of caller, and checks the exact
 * answer class of each pair: 401 (who are you?), 403 (not you), or through (any other answer: the
 * caller passed the checks and the operation ran or refused its input; a trace someone else
 * recorded is "not found" to all but admins, by design, so that its existence says nothing). The
 * list of operations comes from the document, so a new endpoint without a row here fails this test.
 */
@ExtendWith(RunningHub.class)
class AuthorizationMatrixIT {

  /** The callers, in the order of the matrix's columns. */
  enum Caller {
    ANONYMOUS,
    RESEARCHER,
    COMMITTEE,
    OPERATOR_OF_A,
    ADMIN,
    TOKEN_OF_A
  }

  /** Node A: a demo node the demo operator operates. */
  private static final String NODE_A = "es-valencia";

  /**
   * The node admins bind the researcher to: not A, so that the binding does not change the
   * researcher's answers on A (bindings count from the next call with a token).
   */
  private static final String NODE_B = "nl-rotterdam";

  /**
   * Expected answer class per operation, one letter per caller in {@link Caller} order: {@code y}
   * through, {@code 1} 401, {@code 3} 403.
   */
  private static final String MATRIX =
      """
      DELETE /api/admin/node-operators/{subject}/{node}    1333y3
      DELETE /api/datasets/{id}                            133yyy
      DELETE /api/nodes/{node}/datasets/{localId}          133yyy
      DELETE /api/nodes/{node}/tokens/{id}                 133yy3
      DELETE /api/projects/{code}/members/{member}         1y33y3
      GET /api/admin/node-operators                        1333y3
      GET /api/admin/node-operators/{subject}              1333y3
      GET /api/committee/queue                             1yyyy3
      GET /api/committees                                  1yyyyy
      GET /api/committees/{id}                             13y3y3
      GET /api/committees/{id}/changes                     13y3y3
      GET /api/datasets                                    yyyyyy
      GET /api/datasets/{id}                               yyyyyy
      GET /api/datasets/{id}/integrity                     yyyyyy
      GET /api/datasets/{id}/lifecycle                     yyyyyy
      GET /api/datasets/{id}/publications                  133yyy
      GET /api/datasets/{id}/uses                          13yyyy
      GET /api/datasets/{id}/versions                      yyyyyy
      GET /api/datasets/{id}/versions/{n}                  yyyyyy
      GET /api/entitlements                                1yyyyy
      GET /api/entitlements/{id}                           1yyyyy
      GET /api/harvests/{run}                              133yyy
      GET /api/harvests/{run}/validation                   133yyy
      GET /api/me                                          yyyyyy
      GET /api/me/entitlements                             1yyyyy
      GET /api/me/notifications                            1yyyyy
      GET /api/me/visas                                    1yyyyy
      GET /api/models/{id}/lineage                         1yyyyy
      GET /api/nodes                                       yyyyyy
      GET /api/nodes/{id}                                  yyyyyy
      GET /api/nodes/{node}/datasets/{localId}/findings    yyyyyy
      GET /api/nodes/{node}/datasets/{localId}/provenance  133yyy
      GET /api/nodes/{node}/harvest-source                 133yyy
      GET /api/nodes/{node}/harvests                       133yyy
      GET /api/nodes/{node}/publications                   133yyy
      GET /api/nodes/{node}/tokens                         133yy3
      GET /api/nodes/{node}/zenodo                         1333y3
      GET /api/projects                                    1yyyyy
      GET /api/projects/{code}                             1y33y3
      GET /api/projects/{code}/events                      1y33y3
      GET /api/requests                                    1yyyy3
      GET /api/requests/export                             13y3y3
      GET /api/requests/{id}                               1yyyy3
      GET /api/requests/{id}/attachments/{attachmentId}    1yyyy3
      GET /api/schemas/dataset.json                        yyyyyy
      GET /api/traces                                      1yyyyy
      GET /api/traces/anchoring                            yyyyyy
      GET /api/traces/verification                         1333y3
      GET /api/traces/{id}                                 1yyyyy
      GET /api/traces/{id}/proof                           1yyyyy
      GET /api/visas/jwks                                  yyyyyy
      POST /api/admin/search-index/rebuild                 1333y3
      POST /api/admin/search-index/repair                  1333y3
      POST /api/committees                                 1333y3
      POST /api/datasets                                   133yyy
      POST /api/datasets/{id}/invalidate                   133yyy
      POST /api/datasets/{id}/publish                      133yyy
      POST /api/datasets/{id}/release                      133yyy
      POST /api/datasets/{id}/versions                     133yyy
      POST /api/entitlements/{id}/revoke                   1yyyyy
      POST /api/harvests/{run}/confirm                     133yyy
      POST /api/harvests/{run}/discard                     133yyy
      POST /api/me/notifications/read-all                  1yyyyy
      POST /api/me/notifications/{id}/read                 1yyyyy
      POST /api/nodes                                      1333y3
      POST /api/nodes/{node}/datasets                      133yyy
      POST /api/nodes/{node}/harvest-ping                  133yyy
      POST /api/nodes/{node}/harvests                      133yyy
      POST /api/nodes/{node}/harvests/remap                1333y3
      POST /api/nodes/{node}/tokens                        133yy3
      POST /api/projects                                   1y33y3
      POST /api/projects/{code}/close                      1y33y3
      POST /api/projects/{code}/members                    1y33y3
      POST /api/publications/{id}/retry                    133yyy
      POST /api/requests                                   1yyyy3
      POST /api/requests/{id}/attachments                  1y3y33
      POST /api/requests/{id}/comments                     1yyyy3
      POST /api/requests/{id}/parts/{partId}/decision      13yy33
      POST /api/requests/{id}/parts/{partId}/request-changes 13yyy3
      POST /api/requests/{id}/parts/{partId}/votes         13yyy3
      POST /api/requests/{id}/submit                       1y3y33
      POST /api/requests/{id}/withdraw                     1y3y33
      POST /api/use-checks                                 133yyy
      POST /api/use-reports                                133yyy
      PUT /api/admin/node-operators/{subject}/{node}       1333y3
      PUT /api/committees/{id}                             1333y3
      PUT /api/datasets/{id}                               133yyy
      PUT /api/nodes/{node}/datasets                       133yyy
      PUT /api/nodes/{node}/datasets/{localId}             133yyy
      PUT /api/nodes/{node}/harvest-source                 133yyy
      PUT /api/nodes/{node}/zenodo                         1333y3
      PUT /api/requests/{id}                               1y3y33
      """;

  private static final List<String> ORDER = List.of("get", "post", "put", "patch", "delete");

  private static final AtomicInteger SERIAL = new AtomicInteger();
  private static final Map<Caller, HubClient> CLIENTS = new LinkedHashMap<>();
  private static final Map<String, String> PARAMETERS = new LinkedHashMap<>();
  private static String traceId;
  private static String requestId;
  private static String partId;
  private static String committeeId;

  @BeforeAll
  static void prepare() {
    HubClient admin = HubClient.as("admin");
    HubClient operator = HubClient.as("operator");
    Reply token = admin.post("/api/nodes/" + NODE_A + "/tokens", "{\"label\":\"matrix\"}");
    assertThat(token.status()).as(token.body()).isEqualTo(201);
    CLIENTS.put(Caller.ANONYMOUS, HubClient.anonymous());
    CLIENTS.put(Caller.RESEARCHER, HubClient.as("researcher"));
    CLIENTS.put(Caller.COMMITTEE, HubClient.as("committee"));
    CLIENTS.put(Caller.OPERATOR_OF_A, operator);
    CLIENTS.put(Caller.ADMIN, admin);
    CLIENTS.put(Caller.TOKEN_OF_A, HubClient.bearer(token.json().getString("token")));

    String localId = "matrix-" + SERIAL.incrementAndGet();
    Reply created = operator.post("/api/datasets", dataset(NODE_A, localId, "Matrix").toJson());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    PARAMETERS.put("node", NODE_A);
    PARAMETERS.put("localId", localId);
    PARAMETERS.put("id", created.json().getString("id"));
    PARAMETERS.put("n", "1");
    // a push makes a run of node A to read, confirm and discard
    String pushed = "matrix-" + SERIAL.incrementAndGet();
    Reply push =
        CLIENTS
            .get(Caller.TOKEN_OF_A)
            .put(
                "/api/nodes/" + NODE_A + "/datasets/" + pushed,
                dataset(NODE_A, pushed, "Matrix pushed").toJson());
    assertThat(push.status()).as(push.body()).isEqualTo(200);
    Reply runs = operator.get("/api/nodes/" + NODE_A + "/harvests");
    PARAMETERS.put("run", runs.structure().asJsonArray().getJsonObject(0).getString("id"));
    Reply traces = admin.get("/api/traces");
    assertThat(traces.status()).as(traces.body()).isEqualTo(200);
    traceId = traces.json().getJsonArray("items").getJsonObject(0).getString("id");
    HubClient researcher = CLIENTS.get(Caller.RESEARCHER);
    Reply project =
        researcher.post(
            "/api/projects",
            "{\"code\":\"MATRIX\",\"title\":\"Matrix\",\"description\":\"Who may do what\"}");
    assertThat(project.status()).as(project.body()).isIn(201, 409);
    PARAMETERS.put("code", "MATRIX");
    PARAMETERS.put("email", "nobody@example.org");
    PARAMETERS.put("member", "nobody@example.org");
    PARAMETERS.put("subject", researcher.get("/api/me").json().getString("subject"));
    // a committee the committee member sits on and the others do not; members join after sign-in
    assertThat(CLIENTS.get(Caller.COMMITTEE).get("/api/me").status()).isEqualTo(200);
    Reply committee =
        admin.post(
            "/api/committees",
            ("{\"name\":\"Matrix %s\",\"quorum\":{\"kind\":\"MAJORITY\"},\"voteDays\":14,"
                    + "\"members\":[{\"email\":\"committee@example.org\",\"chair\":true}],"
                    + "\"datasetIds\":[\"matrix-%s\"]}")
                .formatted(localId, localId));
    assertThat(committee.status()).as(committee.body()).isEqualTo(201);
    committeeId = committee.json().getString("id");
    request(admin, researcher, localId);
  }

  /**
   * A request of project MATRIX for the dataset, submitted to a committee naming it: the committee
   * member chairs it and the admin sits on it; the operator has nothing to do with it.
   */
  private static void request(HubClient admin, HubClient researcher, String localId) {
    String dataset = PARAMETERS.get("id");
    Reply committee =
        admin.post(
            "/api/committees",
            ("{\"name\":\"Matrix requests %s\",\"quorum\":{\"kind\":\"MAJORITY\"},"
                    + "\"voteDays\":14,\"members\":[{\"email\":\"committee@example.org\","
                    + "\"chair\":true},{\"email\":\"admin@example.org\",\"chair\":false}],"
                    + "\"datasetIds\":[\"%s\"]}")
                .formatted(localId, dataset));
    assertThat(committee.status()).as(committee.body()).isEqualTo(201);
    Reply draft =
        researcher.post(
            "/api/requests",
            ("{\"projectCode\":\"MATRIX\",\"title\":\"Matrix\",\"layPurpose\":\"Who may\","
                    + "\"scientificPurpose\":\"Do what\",\"intendedUse\":[\"DUO:0000006\"],"
                    + "\"accessEnd\":\"2030-01-01\",\"datasetIds\":[\"%s\"],"
                    + "\"acceptedTerms\":[\"%s\"]}")
                .formatted(dataset, dataset));
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    requestId = draft.json().getString("id");
    Reply submitted = researcher.post("/api/requests/" + requestId + "/submit", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    partId = submitted.json().getJsonArray("parts").getJsonObject(0).getString("id");
  }

  @Test
  void everyOperationAnswersEachCallerAsTheMatrixSays() {
    JsonObject paths =
        HubClient.anonymous().get("/openapi", "application/json").json().getJsonObject("paths");
    Map<String, String> expected = expectations();
    Map<String, String> actual = new TreeMap<>();
    List<String> mismatches = new ArrayList<>();
    List<String[]> operations = new ArrayList<>();
    for (String path : paths.keySet()) {
      for (String method : paths.getJsonObject(path).keySet()) {
        if (ORDER.contains(method)) {
          operations.add(new String[] {method, path});
        }
      }
    }
    // reads first and removals last, so that no call finds what another removed
    operations.sort(Comparator.comparingInt((String[] o) -> ORDER.indexOf(o[0])));
    for (String[] o : operations) {
      String method = o[0];
      String path = o[1];
      {
        String operation = method.toUpperCase() + " " + path;
        StringBuilder row = new StringBuilder();
        for (Caller caller : Caller.values()) {
          Reply reply = call(caller, method.toUpperCase(), path);
          row.append(
              switch (reply.status()) {
                case 401 -> '1';
                case 403 -> '3';
                default -> 'y';
              });
        }
        actual.put(operation, row.toString());
        if (!row.toString().equals(expected.get(operation))) {
          mismatches.add(operation + "  expected " + expected.get(operation) + ", got " + row);
        }
      }
    }
    StringBuilder table = new StringBuilder();
    actual.forEach((op, row) -> table.append(String.format("%-70s %s%n", op, row)));
    assertThat(mismatches)
        .as("answers per caller " + List.of(Caller.values()) + ":\n" + table)
        .isEmpty();
    assertThat(expected.keySet())
        .as("rows for operations the API no longer has")
        .isSubsetOf(actual.keySet());
  }

  private static Reply call(Caller caller, String method, String template) {
    String path = template.startsWith("/api") ? template : "/api" + template;
    if (path.startsWith("/api/requests/{id}")) {
      path =
          path.replace("{id}", requestId)
              .replace("{partId}", partId)
              .replace("{attachmentId}", "00000000-0000-0000-0000-000000000000");
    }
    if (path.startsWith("/api/traces/{id}")) {
      path = path.replace("{id}", traceId);
    }
    if (path.startsWith("/api/committees/{id}")) {
      path = path.replace("{id}", committeeId);
    }
    if (path.startsWith("/api/admin/node-operators/")) {
      path = path.replace("{node}", NODE_B);
    }
    for (Map.Entry<String, String> p : PARAMETERS.entrySet()) {
      path = path.replace("{" + p.getKey() + "}", p.getValue());
    }
    assertThat(path).as("every parameter of " + template + " has a value").doesNotContain("{");
    HubClient client = CLIENTS.get(caller);
    return switch (method) {
      case "GET" -> client.get(path, "*/*");
      case "DELETE" -> client.delete(path);
      default -> client.send(method, path, "application/json", body(method, template));
    };
  }

  /**
   * A body the operation accepts, so that a caller who passes the checks is not stopped earlier.
   */
  private static String body(String method, String template) {
    Function<String, String> fresh =
        node -> dataset(node, "matrix-" + SERIAL.incrementAndGet(), "Matrix").toJson();
    if (template.endsWith("/datasets") || template.endsWith("/datasets/{localId}")) {
      return fresh.apply(NODE_A);
    }
    if (template.endsWith("/datasets/{id}")) {
      return dataset(NODE_A, PARAMETERS.get("localId"), "Matrix").toJson();
    }
    if (template.endsWith("/datasets/{id}/versions")) {
      return "{\"reason\":\"matrix\",\"record\":"
          + dataset(NODE_A, PARAMETERS.get("localId"), "Matrix next").toJson()
          + "}";
    }
    return "{}";
  }

  private static Map<String, String> expectations() {
    Map<String, String> rows = new LinkedHashMap<>();
    MATRIX
        .lines()
        .filter(l -> !l.isBlank())
        .forEach(
            l -> {
              String[] parts = l.trim().split("\\s+");
              rows.put(parts[0] + " " + parts[1], parts[2]);
            });
    return rows;
  }
}
