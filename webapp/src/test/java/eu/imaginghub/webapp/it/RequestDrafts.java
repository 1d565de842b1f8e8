package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Access requests of one project for one dataset of a demo node, which a committee of its own
 * governs (chair: the committee member; member: the admin; majority), drafted and submitted by the
 * researcher over HTTP: what the request tests start from.
 */
final class RequestDrafts {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  final ApprovedAccess access;
  final String project;
  final String datasetId;
  private final HubClient researcher = HubClient.as("researcher");

  RequestDrafts(String prefix) {
    access = new ApprovedAccess(prefix, 1);
    project = access.projectCode;
    datasetId = access.datasetIds.get(0);
  }

  String body(String title) {
    return """
        {"projectCode":"%s","title":"%s","layPurpose":"Find lung nodules earlier",
         "scientificPurpose":"Train and validate a nodule detector","intendedUse":["DUO:0000006"],
         "ethicsReference":"ETH-2026-7","accessEnd":"2030-12-31","datasetIds":["%s"],
         "acceptedTerms":["%s"]}"""
        .formatted(project, title, datasetId, datasetId);
  }

  JsonObject draft(String title) {
    Reply r = researcher.post("/api/requests", body(title + " " + SERIAL.incrementAndGet()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  JsonObject submitted(String title) {
    String id = draft(title).getString("id");
    Reply s = researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(s.status()).as(s.body()).isEqualTo(200);
    return s.json();
  }

  static String partId(JsonObject request) {
    return request.getJsonArray("parts").getJsonObject(0).getString("id");
  }

  static List<String> strings(JsonArray a) {
    return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  static List<String> kinds(JsonObject request) {
    return request.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
  }

  /** How many traces of this action name the request. */
  static long traces(String action, String requestId) {
    Reply page = HubClient.as("admin").get("/api/traces?action=" + action + "&size=100");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(t -> requestId.equals(t.getJsonObject("details").getString("request", null)))
        .count();
  }
}
