package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.ApprovedAccess.END;
import static eu.imaginghub.webapp.it.ApprovedAccess.await;
import static eu.imaginghub.webapp.it.ApprovedAccess.entitlementsOf;
import static eu.imaginghub.webapp.it.ApprovedAccess.traces;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Entitlements over HTTP, from requests a committee's chair approves: one per dataset, who sees
 * them, revocation by the chair or an admin, and expiry at the end, recorded and warned about once.
 */
@ExtendWith(RunningHub.class)
class EntitlementsIT {

  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");

  private static ApprovedAccess access;

  @BeforeAll
  static void aProjectWithDatasetsAndTheirCommittee() {
    HubClient.subjectOf("admin");
    HubClient.subjectOf("committee");
    HubClient.subjectOf("researcher");
    access = new ApprovedAccess("ENT", 2);
  }

  private static List<String> actions(JsonObject e) {
    return e.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> ids(Reply list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("id"))
        .toList();
  }

  @Test
  void anApprovedPartGrantsOneEntitlementPerDatasetUntilTheAccessEnd() {
    String request = access.approvedRequest(access.datasetIds);

    List<JsonObject> granted = entitlementsOf(request);

    assertThat(granted)
        .extracting(e -> e.getString("datasetId"))
        .containsExactlyInAnyOrderElementsOf(access.datasetIds);
    for (JsonObject e : granted) {
      assertThat(e.getString("projectCode")).isEqualTo(access.projectCode);
      assertThat(e.getString("status")).isEqualTo("ACTIVE");
      assertThat(Instant.parse(e.getString("end"))).isEqualTo(END);
      assertThat(Instant.parse(e.getString("start"))).isBefore(Instant.now().plusSeconds(5));
      assertThat(e.getString("datasetTitle")).startsWith("Cohort ");
      assertThat(!e.containsKey("revokedAt") || e.isNull("revokedAt")).isTrue();
      assertThat(actions(e)).isEmpty();
      assertThat(traces("ENTITLEMENT_GRANTED", e.getString("id"))).isEqualTo(1);
    }
    String id = granted.get(0).getString("id");
    JsonObject asChair = committee.get("/api/entitlements/" + id).json();
    assertThat(actions(asChair)).containsExactly("revoke");
    assertThat(actions(admin.get("/api/entitlements/" + id).json())).containsExactly("revoke");
    assertThat(ids(committee.get("/api/entitlements"))).contains(id);
    assertThat(ids(admin.get("/api/entitlements"))).contains(id);
    assertThat(ids(researcher.get("/api/entitlements"))).contains(id);
    // the operator neither belongs to the project nor sits on the committee
    assertThat(ids(operator.get("/api/entitlements"))).doesNotContain(id);
    assertThat(operator.get("/api/entitlements/" + id).status()).isEqualTo(404);
    assertThat(HubClient.anonymous().get("/api/entitlements").status()).isEqualTo(401);
  }

  @Test
  void theChairRevokesWithAReasonOnceAndOthersMayNot() {
    String request = access.approvedRequest(access.datasetIds.subList(0, 1));
    String id = entitlementsOf(request).get(0).getString("id");
    String revoke = "/api/entitlements/" + id + "/revoke";

    assertThat(researcher.post(revoke, "{\"reason\":\"Mine\"}").status()).isEqualTo(403);
    assertThat(operator.post(revoke, "{\"reason\":\"Not mine\"}").status()).isEqualTo(404);
    assertThat(committee.post(revoke, "{\"reason\":\"  \"}").status()).isEqualTo(400);
    assertThat(researcher.get("/api/entitlements/" + id).json().getString("status"))
        .isEqualTo("ACTIVE");

    Reply revoked = committee.post(revoke, "{\"reason\":\"Consent withdrawn\"}");

    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    JsonObject e = revoked.json();
    assertThat(e.getString("status")).isEqualTo("REVOKED");
    assertThat(e.getString("revokeReason")).isEqualTo("Consent withdrawn");
    assertThat(e.getString("revokedAt")).isNotBlank();
    assertThat(actions(e)).isEmpty();
    Reply again = admin.post(revoke, "{\"reason\":\"Twice\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(researcher.get("/api/entitlements/" + id).json().getString("revokeReason"))
        .isEqualTo("Consent withdrawn");
    assertThat(traces("ENTITLEMENT_REVOKED", id)).isEqualTo(1);
  }

  @Test
  void anAdminRevokesToo() {
    String request = access.approvedRequest(access.datasetIds.subList(1, 2));
    String id = entitlementsOf(request).get(0).getString("id");

    Reply revoked = admin.post("/api/entitlements/" + id + "/revoke", "{\"reason\":\"Audit\"}");

    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");
  }

  @Test
  void anEntitlementPastItsEndIsExpiredAtOnceAndItsExpiryIsRecordedOnce() throws Exception {
    String request = access.approvedRequest(access.datasetIds);
    List<JsonObject> granted = entitlementsOf(request);
    String id = granted.get(0).getString("id");
    String later = granted.get(1).getString("id");

    // time passes by writing the end into the database: a second ago
    ApprovedAccess.setEnd(id, Instant.now().minusSeconds(1));

    assertThat(researcher.get("/api/entitlements/" + id).json().getString("status"))
        .isEqualTo("EXPIRED");
    assertThat(researcher.get("/api/entitlements/" + later).json().getString("status"))
        .isEqualTo("ACTIVE");
    await("the expiry trace", () -> traces("ENTITLEMENT_EXPIRED", id) > 0);
    // a later round records the other one's expiry; none records the first one again
    ApprovedAccess.setEnd(later, Instant.now().minusSeconds(1));
    await("the later expiry trace", () -> traces("ENTITLEMENT_EXPIRED", later) > 0);
    assertThat(traces("ENTITLEMENT_EXPIRED", id)).isEqualTo(1);
    assertThat(traces("ENTITLEMENT_EXPIRED", later)).isEqualTo(1);
    Reply revoke =
        committee.post("/api/entitlements/" + id + "/revoke", "{\"reason\":\"Too late\"}");
    assertThat(revoke.status()).isEqualTo(409);
    assertThat(actions(committee.get("/api/entitlements/" + id).json())).isEmpty();
  }

  @Test
  void theHoldersAreWarnedOnceBeforeTheEnd() throws Exception {
    String request = access.approvedRequest(access.datasetIds.subList(1, 2));
    String id = entitlementsOf(request).get(0).getString("id");
    assertThat(warnedAt(id)).isNull();

    // within the default warning period of 14 days, written into the database
    ApprovedAccess.setEnd(id, Instant.now().plus(Duration.ofDays(2)));

    await("the warning", () -> warnedAt(id) != null);
    Instant first = warnedAt(id);
    assertThat(researcher.get("/api/entitlements/" + id).json().getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(traces("ENTITLEMENT_EXPIRED", id)).isZero();
    assertThat(warnedAt(id)).isEqualTo(first);
  }

  private static Instant warnedAt(String id) {
    try (Connection db = RunningHub.database();
        PreparedStatement s =
            db.prepareStatement("select warned_at from entitlement where id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        OffsetDateTime at = r.getObject(1, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
