package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node invalidates a dataset with a reason: in the same transaction the entitlements to it are
 * revoked with that reason, a request part asking only for it is closed, a part asking for others
 * too goes on with a note (and its approval grants the others only), a draft naming it gets a note
 * and can no longer be submitted, and a use check on it is denied as invalidated.
 */
@ExtendWith(RunningHub.class)
class DatasetInvalidationAccessIT {

  private static final String REASON = "Segmentation labels were found to be wrong";

  private final HubClient operator = HubClient.as("operator");
  private final HubClient researcher = HubClient.as("researcher");

  @Test
  void invalidatingADatasetClosesWhatAccessHeldOrAskedForIt() {
    ApprovedAccess access = new ApprovedAccess("INV", 2);
    String invalid = access.datasetIds.get(0);
    String other = access.datasetIds.get(1);
    published(invalid);
    published(other);
    String approved = access.approvedRequest(List.of(invalid));
    String entitlement = ApprovedAccess.entitlementsOf(approved).get(0).getString("id");
    String alone = submitted(access, List.of(invalid));
    String both = submitted(access, List.of(invalid, other));
    String draft = drafted(access, List.of(invalid, other));

    Reply invalidated =
        operator.post(
            "/api/datasets/" + invalid + "/invalidate",
            Json.createObjectBuilder().add("reason", REASON).build().toString());
    assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(200);

    JsonObject e = researcher.get("/api/entitlements/" + entitlement).json();
    assertThat(e.getString("status")).isEqualTo("REVOKED");
    assertThat(e.getString("revokeReason")).isEqualTo("dataset invalidated: " + REASON);
    assertThat(ApprovedAccess.traces("ENTITLEMENT_REVOKED", entitlement)).isEqualTo(1);

    JsonObject closed = request(alone);
    assertThat(closed.getString("state")).isEqualTo("CLOSED");
    assertThat(closed.getJsonArray("parts").getJsonObject(0).getString("state"))
        .isEqualTo("CLOSED");
    JsonObject closing = last(closed);
    assertThat(closing.getString("kind")).isEqualTo("PART_CLOSED");
    assertThat(closing.getString("comment")).contains(invalid, REASON, "closed undecided");

    JsonObject goesOn = request(both);
    assertThat(goesOn.getJsonArray("parts").getJsonObject(0).getString("state"))
        .isEqualTo("SUBMITTED");
    assertThat(last(goesOn).getString("kind")).isEqualTo("DATASET_INVALIDATED");
    assertThat(last(goesOn).getString("comment")).contains(invalid, REASON);
    Reply decided =
        HubClient.as("committee")
            .post(
                "/api/requests/" + both + "/parts/" + RequestDrafts.partId(goesOn) + "/decision",
                "{\"outcome\":\"APPROVED\",\"comment\":\"For the valid dataset\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(ApprovedAccess.entitlementsOf(both))
        .extracting(x -> x.getString("datasetId"))
        .containsExactly(other);

    assertThat(last(request(draft)).getString("kind")).isEqualTo("DATASET_INVALIDATED");
    Reply submit = researcher.post("/api/requests/" + draft + "/submit", "");
    assertThat(submit.status()).as(submit.body()).isEqualTo(409);
    assertThat(submit.body()).contains(invalid);
    assertThat(request(draft).getString("state")).isEqualTo("DRAFT");
    Reply asking = researcher.post("/api/requests", requestBody(access, List.of(invalid)));
    assertThat(asking.status()).as(asking.body()).isEqualTo(400);
    assertThat(asking.body()).contains("invalidated");

    JsonObject check = useCheck(access.projectCode, invalid);
    assertThat(check.getBoolean("allowed")).isFalse();
    assertThat(RequestDrafts.strings(check.getJsonArray("reasonCodes")))
        .containsExactly("DATASET_INVALIDATED");
    assertThat(check.getString("reason")).contains("invalidated");
  }

  /** Published, as the lifecycle has it: a fixture dataset starts released. */
  private void published(String datasetId) {
    Reply d = operator.get("/api/datasets/" + datasetId);
    assertThat(d.status()).as(d.body()).isEqualTo(200);
    if (!"PUBLISHED".equals(d.json().getString("status"))) {
      Reply p = operator.post("/api/datasets/" + datasetId + "/publish", "{}");
      assertThat(p.status()).as(p.body()).isEqualTo(200);
    }
  }

  private String drafted(ApprovedAccess access, List<String> datasets) {
    Reply r = researcher.post("/api/requests", requestBody(access, datasets));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  private String submitted(ApprovedAccess access, List<String> datasets) {
    String id = drafted(access, datasets);
    Reply s = researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(s.status()).as(s.body()).isEqualTo(200);
    return id;
  }

  private JsonObject request(String id) {
    Reply r = researcher.get("/api/requests/" + id);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonObject last(JsonObject request) {
    List<JsonObject> timeline = request.getJsonArray("timeline").getValuesAs(JsonObject.class);
    return timeline.get(timeline.size() - 1);
  }

  private JsonObject useCheck(String project, String datasetId) {
    String user = HubClient.subjectOf("researcher");
    Reply r =
        operator.post(
            "/api/use-checks",
            Json.createObjectBuilder()
                .add("user", user)
                .add("projectCode", project)
                .add("datasetIds", Json.createArrayBuilder().add(datasetId))
                .add(
                    "tool",
                    Json.createObjectBuilder().add("name", "nnU-Net").add("version", "2.5.1"))
                .build()
                .toString());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static String requestBody(ApprovedAccess access, List<String> datasets) {
    String ids = String.join(",", datasets.stream().map(i -> "\"" + i + "\"").toList());
    return """
        {"projectCode":"%s","title":"Invalidation %s","layPurpose":"Find lung nodules earlier",
         "scientificPurpose":"Train and validate a nodule detector","intendedUse":["DUO:0000006"],
         "ethicsReference":"ETH-2026-7","accessEnd":"%s","datasetIds":[%s],"acceptedTerms":[%s]}"""
        .formatted(access.projectCode, System.nanoTime(), ApprovedAccess.ACCESS_END, ids, ids);
  }
}
