package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Builds what entitlements come from, through the real flow over HTTP: a researcher's project,
 * datasets of a demo node, a committee naming them (the committee member chairs it, the admin sits
 * on it), and a request the chair approves.
 */
final class ApprovedAccess {

  static final String NODE = "es-valencia";

  /** The request's access end; an entitlement ends at the start of the next day, UTC. */
  static final String ACCESS_END = "2030-12-31";

  static final Instant END = Instant.parse("2031-01-01T00:00:00Z");

  private static final AtomicInteger SERIAL = new AtomicInteger();

  final String projectCode;
  final List<String> datasetIds = new ArrayList<>();
  final String committeeId;
  final String committeeName;

  /** A project, {@code datasets} new datasets and the committee governing them. */
  ApprovedAccess(String prefix, int datasets) {
    String serial = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    projectCode = serial.toUpperCase();
    Reply project =
        HubClient.as("researcher")
            .post(
                "/api/projects",
                "{\"code\":\"" + projectCode + "\",\"title\":\"Nodules\",\"description\":\"AI\"}");
    assertThat(project.status()).as(project.body()).isEqualTo(201);
    for (int i = 0; i < datasets; i++) {
      String localId = serial.toLowerCase() + "-" + SERIAL.incrementAndGet();
      Reply d =
          HubClient.as("operator")
              .post("/api/datasets", dataset(NODE, localId, "Cohort " + localId).toJson());
      assertThat(d.status()).as(d.body()).isEqualTo(201);
      datasetIds.add(d.json().getString("id"));
    }
    JsonObject c = committeeOf("Committee " + serial, datasetIds);
    committeeId = c.getString("id");
    committeeName = c.getString("name");
  }

  /**
   * A committee of its own naming these datasets (which wins over one governing their node): the
   * committee member chairs it, the admin sits on it; a majority of the two decides. Both sign in
   * first, as only people who signed in once can sit on a committee.
   */
  static JsonObject committeeOf(String name, List<String> datasetIds) {
    HubClient.subjectOf("committee");
    HubClient.subjectOf("admin");
    Reply c =
        HubClient.as("admin")
            .post(
                "/api/committees",
                ("{\"name\":\"%s\",\"quorum\":{\"kind\":\"MAJORITY\"},\"voteDays\":14,"
                        + "\"members\":[{\"email\":\"committee@example.org\",\"chair\":true},"
                        + "{\"email\":\"admin@example.org\",\"chair\":false}],"
                        + "\"datasetIds\":[%s]}")
                    .formatted(name, quoted(datasetIds)));
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    return c.json();
  }

  /** Drafts and submits a request for these datasets; the chair approves it. */
  String approvedRequest(List<String> datasets) {
    HubClient researcher = HubClient.as("researcher");
    String body =
        """
        {"projectCode":"%s","title":"Nodule detector %d","layPurpose":"Find lung nodules earlier",
         "scientificPurpose":"Train and validate a nodule detector","intendedUse":["DUO:0000006"],
         "ethicsReference":"ETH-2026-7","accessEnd":"%s","datasetIds":[%s],"acceptedTerms":[%s]}"""
            .formatted(
                projectCode,
                SERIAL.incrementAndGet(),
                ACCESS_END,
                quoted(datasets),
                quoted(datasets));
    Reply draft = researcher.post("/api/requests", body);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    String id = draft.json().getString("id");
    Reply submitted = researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String part = submitted.json().getJsonArray("parts").getJsonObject(0).getString("id");
    Reply decided =
        HubClient.as("committee")
            .post(
                "/api/requests/" + id + "/parts/" + part + "/decision",
                "{\"outcome\":\"APPROVED\",\"comment\":\"Sound plan\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().getString("state")).isEqualTo("APPROVED");
    return id;
  }

  /** The researcher's entitlements granted by this request. */
  static List<JsonObject> entitlementsOf(String requestId) {
    Reply mine = HubClient.as("researcher").get("/api/me/entitlements");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    return mine.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(e -> requestId.equals(e.getString("requestId")))
        .toList();
  }

  /**
   * Moves an entitlement's end, written straight into the database: the way these tests make time
   * pass without waiting for it.
   */
  static void setEnd(String entitlementId, Instant end) throws SQLException {
    try (Connection db = RunningHub.database();
        PreparedStatement s =
            db.prepareStatement("update entitlement set ends_at = ? where id = ?")) {
      s.setObject(1, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
      s.setString(2, entitlementId);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  /** Traces of this action whose details name this entitlement. */
  static long traces(String action, String entitlementId) {
    Reply page = HubClient.as("admin").get("/api/traces?action=" + action + "&size=200");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(
            t -> entitlementId.equals(t.getJsonObject("details").getString("entitlement", null)))
        .count();
  }

  /** Polls until the condition holds, up to a deadline: the expiry round runs every 300 ms here. */
  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("still waiting: " + what);
      }
      Thread.sleep(200);
    }
  }

  private static String quoted(List<String> ids) {
    return String.join(",", ids.stream().map(i -> "\"" + i + "\"").toList());
  }
}
