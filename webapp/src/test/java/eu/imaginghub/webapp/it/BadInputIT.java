package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input over HTTP: oversized records, control characters, numbers out of range, pages past the
 * end, bodies that hold no record, invalid UTF-8 and anonymous admin calls. Each is a 400 (or 401)
 * problem document naming what is wrong, and changes nothing.
 */
@ExtendWith(RunningHub.class)
class BadInputIT {

  private static final String NODE = DemoFederation.nodes().get(1).id();
  private static final HttpClient HTTP = HubClient.HTTP;

  private final HubClient admin = HubClient.as("admin");
  private final HubClient anonymous = HubClient.anonymous();

  @Test
  void aRecordWithTooManyKeywordsIsRefusedNamingTheFieldOnRestAndPush() {
    String record = withKeywords(dataset(NODE, "many-keywords", "Keyword wallabycohort"), 101);

    Reply rest = admin.post("/api/datasets", record);
    assertThat(rest.status()).isEqualTo(400);
    assertThat(fields(rest)).containsExactly("keywords");

    HubClient node = nodeWithToken("limits-push");
    String pushed = withKeywords(dataset("limits-push", "many", "Keyword wallabycohort"), 101);
    Reply one = node.put("/api/nodes/limits-push/datasets/many", pushed);
    assertThat(one.status()).isEqualTo(400);
    assertThat(one.contentType()).startsWith("application/problem+json");
    assertThat(fields(one)).containsExactly("keywords");
    Reply many =
        node.send("POST", "/api/nodes/limits-push/datasets", "application/x-ndjson", pushed);
    assertThat(many.status()).isEqualTo(200);
    assertThat(many.json().getInt("invalid")).isEqualTo(1);
    assertThat(many.json().toString()).contains("keywords has more than 100 values");
    assertThat(admin.get("/api/datasets?node=limits-push").json().getInt("total")).isZero();
  }

  @Test
  void fieldsLongerThanTheirColumnsAreA400NamingThem() {
    String url = "https://node.example.org/" + "x".repeat(4001);
    String record =
        dataset(NODE, "long-fields", "Long quollcohort")
            .set("landingPage", url)
            .set("licence", url)
            .toJson()
            .replace("\"Data desk\"", "\"" + "d".repeat(4001) + "\"");

    Reply reply = admin.post("/api/datasets", record);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(fields(reply))
        .containsExactlyInAnyOrder("landingPage", "licence", "contactPoints[0].name");

    Reply localId = admin.post("/api/datasets", dataset(NODE, "l".repeat(600), "Long id").toJson());
    assertThat(localId.status()).isEqualTo(400);
    assertThat(fields(localId)).containsExactly("localId");
  }

  @Test
  void controlCharactersAreRefusedAndNeverReachTheExport() {
    for (String bad : List.of("\u0000", "\u0007")) {
      String record = dataset(NODE, "control", "Bell" + bad + "cohort").toJson();
      Reply reply = admin.post("/api/datasets", record);
      assertThat(reply.status()).isEqualTo(400);
      assertThat(fields(reply)).contains("title");
    }
    assertThat(anonymous.get("/api/datasets?size=100", "application/rdf+xml").status())
        .isEqualTo(200);
  }

  @Test
  void countsOutOfRangeAreRefusedNamingTheField() {
    Reply huge =
        admin.post("/api/datasets", withCount("numberOfIndividuals", "1" + "0".repeat(30)));
    assertThat(huge.status()).isEqualTo(400);
    assertThat(fields(huge)).containsExactly("numberOfIndividuals");

    Reply age = admin.post("/api/datasets", withCount("minTypicalAge", "2147483648"));
    assertThat(age.status()).isEqualTo(400);
    assertThat(fields(age)).containsExactly("minTypicalAge");
    assertThat(age.body()).contains("out of range").doesNotContain("negative");
  }

  /** A record with a count written as a JSON number of any size. */
  private static String withCount(String field, String number) {
    return dataset(NODE, "count-" + field, "Counted numbatcohort")
        .remove(field)
        .toJson()
        .replaceFirst("\\{", "{\"" + field + "\":" + number + ",");
  }

  @Test
  void pagesPastTheEndAreEmptyAndNumbersPastAnIntAre400() {
    Reply traces = admin.get("/api/traces?page=999999999");
    assertThat(traces.status()).isEqualTo(200);
    assertThat(traces.json().getJsonArray("items")).isEmpty();
    assertThat(admin.get("/api/traces?page=99999999999").status()).isEqualTo(400);
    Reply badTraceQuery = admin.get("/api/traces/verification?from=x");
    assertThat(badTraceQuery.status()).isEqualTo(400);
    // the trace log's refusals read like every other: one type for a bad query across the API
    Reply badCatalogueQuery = admin.get("/api/datasets?size=-5");
    assertThat(badCatalogueQuery.status()).isEqualTo(400);
    assertThat(badTraceQuery.json().getString("type"))
        .isEqualTo(badCatalogueQuery.json().getString("type"))
        .isEqualTo("urn:imaging-hub:problem:invalid-input");
    assertThat(admin.get("/api/traces?action=NOPE").json().getString("type"))
        .isEqualTo("urn:imaging-hub:problem:invalid-input");

    HubClient node = nodeWithToken("limits-pages");
    String bad =
        dataset("limits-pages", "bad", "Paged dunnartcohort").set("landingPage", "no").toJson();
    String run =
        node.post("/api/nodes/limits-pages/datasets", "[" + bad + "]").json().getString("run");
    Reply validation = admin.get("/api/harvests/" + run + "/validation?page=2147483647");
    assertThat(validation.status()).isEqualTo(200);
    assertThat(validation.json().getJsonArray("records")).isEmpty();
    assertThat(validation.json().getInt("total")).isEqualTo(1);
    Reply wrong = admin.get("/api/harvests/" + run + "/validation?page=x");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.contentType()).startsWith("application/problem+json");
  }

  @Test
  void bodiesThatHoldNoRecordAreRefused() {
    HubClient node = nodeWithToken("limits-null");
    String path = "/api/nodes/limits-null/datasets";
    assertProblem(node.post(path, "null"), 400);
    assertProblem(node.put(path + "/one", "[null]"), 400);
    Reply nullInArray = node.post(path, "[null]");
    assertThat(nullInArray.status()).isEqualTo(200);
    assertThat(nullInArray.json().getInt("invalid")).isEqualTo(1);
    // nested as deep as the body limit of the tests allows
    String deep = "[".repeat(9_000) + "]".repeat(9_000);
    assertProblem(node.post(path, deep), 400);
    assertProblem(node.send("POST", path, "application/x-ndjson", "{}\n" + deep), 400);
    assertProblem(admin.post("/api/datasets", deep), 400);
    assertProblem(admin.post("/api/datasets", "null"), 400);
    assertThat(admin.get("/api/datasets?node=limits-null").json().getInt("total")).isZero();
  }

  @Test
  void invalidUtf8IsRefusedNotReplaced() {
    byte[] latin1 =
        dataset(NODE, "latin1", "Gr\u00e9goire cohort")
            .toJson()
            .getBytes(StandardCharsets.ISO_8859_1);
    Reply reply = admin.send("POST", "/api/datasets", "application/json", latin1);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("UTF-8");
    assertThat(admin.get("/api/datasets?q=cohort&node=" + NODE).body())
        .doesNotContain("Gr\uFFFDgoire");
  }

  @Test
  void anonymousCallsToAdminActionsAreAskedToAuthenticate() {
    HttpResponse<String> rebuild =
        raw("POST", "/api/admin/search-index/rebuild", null, new byte[0]);
    assertThat(rebuild.statusCode()).isEqualTo(401);
    assertThat(rebuild.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    Reply traces = anonymous.get("/api/traces/verification");
    assertThat(traces.status()).isEqualTo(401);
    assertThat(traces.json().getString("type"))
        .isEqualTo("urn:imaging-hub:problem:unauthenticated");
    assertThat(HubClient.as("researcher").post("/api/admin/search-index/rebuild", "").status())
        .isEqualTo(403);
  }

  @Test
  void nodesTakeOnlyWebAddresses() {
    for (String url : List.of("javascript:alert(1)", "file:///etc/passwd")) {
      Reply reply = admin.post("/api/nodes", node("limits-scheme", url));
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).contains("baseUrl");
    }
    assertThat(anonymous.get("/api/nodes/limits-scheme").status()).isEqualTo(404);
  }

  private static String withKeywords(DatasetFixture fixture, int count) {
    JsonArrayBuilder keywords = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      keywords.add("keyword " + i);
    }
    return fixture
        .remove("keywords")
        .toJson()
        .replaceFirst("\\{", "{\"keywords\":" + keywords.build() + ",");
  }

  private static List<String> fields(Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  private static void assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  private HubClient nodeWithToken(String nodeId) {
    assertThat(
            admin.post("/api/nodes", node(nodeId, "https://" + nodeId + ".example.org")).status())
        .isEqualTo(201);
    Reply issued = admin.post("/api/nodes/" + nodeId + "/tokens", "{\"label\":\"ci\"}");
    assertThat(issued.status()).isEqualTo(201);
    return HubClient.bearer(issued.json().getString("token"));
  }

  private static String node(String id, String baseUrl) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("name", "Node " + id)
        .add("country", "DE")
        .add("organisation", "Limits Test Organisation")
        .add("baseUrl", baseUrl)
        .build()
        .toString();
  }

  /** A request with raw bytes, answering the headers too. */
  private static HttpResponse<String> raw(
      String method, String path, String authorization, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(RunningHub.baseUri().resolve(URI.create(path)))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
