package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.RequestDrafts.kinds;
import static eu.imaginghub.webapp.it.RequestDrafts.partId;
import static eu.imaginghub.webapp.it.RequestDrafts.strings;
import static eu.imaginghub.webapp.it.RequestDrafts.traces;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access requests over HTTP before a committee of two (chair: the committee member; member: the
 * admin; majority): drafting, submitting, the quorum and the chair deciding, withdrawal, who sees
 * what, bad input, and that two votes at once never decide a part twice.
 */
@ExtendWith(RunningHub.class)
class AccessRequestsIT {

  private static final String NODE = ApprovedAccess.NODE;

  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");

  private static RequestDrafts drafts;
  private static String committeeId;
  private static String researcherId;
  private static String project;
  private static String committeeName;

  @BeforeAll
  static void aProjectAndADatasetOfADemoNode() {
    researcherId = HubClient.subjectOf("researcher");
    committeeId = HubClient.subjectOf("committee");
    drafts = new RequestDrafts("req");
    project = drafts.project;
    committeeName = drafts.access.committeeName;
  }

  private String body(String title) {
    return drafts.body(title);
  }

  private JsonObject draft(String title) {
    return drafts.draft(title);
  }

  private JsonObject submitted(String title) {
    return drafts.submitted(title);
  }

  @Test
  void aDraftIsTheProjectsUntilSubmittedThenGoesToTheGoverningCommittee() {
    JsonObject draft = draft("Nodules");
    String id = draft.getString("id");
    assertThat(draft.getString("state")).isEqualTo("DRAFT");
    assertThat(strings(draft.getJsonArray("allowedActions")))
        .containsExactly("edit", "submit", "attach", "withdraw", "comment");
    JsonObject ds = draft.getJsonArray("datasets").getJsonObject(0);
    assertThat(ds.getString("nodeId")).isEqualTo(NODE);
    assertThat(ds.getBoolean("termsAccepted")).isTrue();
    assertThat(ds.getJsonObject("duo").getString("verdict"))
        .isIn("MATCH", "MISMATCH", "NEEDS_REVIEW");
    assertThat(ds.getJsonObject("duo").getString("reason")).isNotBlank();
    assertThat(committee.get("/api/requests/" + id).status()).isEqualTo(404);
    assertThat(operator.get("/api/requests/" + id).status()).isEqualTo(404);

    Reply submitted = researcher.post("/api/requests/" + id + "/submit", "");

    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    JsonObject r = submitted.json();
    assertThat(r.getString("state")).isEqualTo("SUBMITTED");
    assertThat(r.getString("submittedAt")).isNotBlank();
    JsonObject part = r.getJsonArray("parts").getJsonObject(0);
    assertThat(part.getJsonObject("committee").getString("name")).isEqualTo(committeeName);
    assertThat(part.getJsonArray("missingVoters").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("subject"))
        .contains(committeeId);
    assertThat(kinds(r)).containsExactly("CREATED", "SUBMITTED");
    assertThat(researcher.post("/api/requests/" + id + "/submit", "").status()).isEqualTo(409);
    JsonObject asMember = committee.get("/api/requests/" + id).json();
    assertThat(
            strings(asMember.getJsonArray("parts").getJsonObject(0).getJsonArray("allowedActions")))
        .containsExactly("vote", "decide", "request-changes", "comment");
    assertThat(strings(asMember.getJsonArray("allowedActions")))
        .containsExactly("comment", "export");
    assertThat(traces("ACCESS_REQUEST_SUBMITTED", id)).isEqualTo(1);
  }

  @Test
  void theVotesDecideTheMomentTheMajorityIsMet() {
    JsonObject r = submitted("Quorum");
    String id = r.getString("id");
    String part = partId(r);
    String votes = "/api/requests/" + id + "/parts/" + part + "/votes";

    Reply first = committee.post(votes, "{\"vote\":\"APPROVE\",\"comment\":\"Sound plan\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().getString("state")).isEqualTo("UNDER_REVIEW");
    assertThat(committee.post(votes, "{\"vote\":\"APPROVE\"}").status()).isEqualTo(409);
    assertThat(researcher.post(votes, "{\"vote\":\"APPROVE\"}").status()).isEqualTo(403);

    Reply second = admin.post(votes, "{\"vote\":\"APPROVE\",\"comment\":\"Agreed\"}");

    assertThat(second.status()).as(second.body()).isEqualTo(200);
    JsonObject decided = second.json();
    assertThat(decided.getString("state")).isEqualTo("APPROVED");
    JsonObject p = decided.getJsonArray("parts").getJsonObject(0);
    assertThat(p.getString("state")).isEqualTo("APPROVED");
    assertThat(p.getJsonObject("decision").getString("outcome")).isEqualTo("APPROVED");
    assertThat(p.getJsonObject("decision").getString("by")).isEqualTo("quorum");
    assertThat(p.getJsonArray("votes")).hasSize(2);
    assertThat(kinds(decided))
        .containsExactly("CREATED", "SUBMITTED", "VOTED_APPROVE", "VOTED_APPROVE", "APPROVED");
    assertThat(strings(researcher.get("/api/requests/" + id).json().getJsonArray("allowedActions")))
        .containsExactly("comment");
    assertThat(researcher.post("/api/requests/" + id + "/withdraw", "").status()).isEqualTo(409);
    assertThat(traces("ACCESS_DECIDED", id)).isEqualTo(1);
  }

  @Test
  void theChairDecidesAloneAndOthersMayNot() {
    JsonObject r = submitted("Chair");
    String decision = "/api/requests/" + r.getString("id") + "/parts/" + partId(r) + "/decision";

    assertThat(admin.post(decision, "{\"outcome\":\"APPROVED\"}").status()).isEqualTo(403);
    assertThat(committee.post(decision, "{\"outcome\":\"MAYBE\"}").status()).isEqualTo(400);
    Reply decided = committee.post(decision, "{\"outcome\":\"REJECTED\",\"comment\":\"No IRB\"}");

    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().getString("state")).isEqualTo("REJECTED");
    JsonObject d = decided.json().getJsonArray("parts").getJsonObject(0).getJsonObject("decision");
    assertThat(d.getString("by")).isEqualTo(committeeId);
    assertThat(d.getString("comment")).isEqualTo("No IRB");
    assertThat(kinds(decided.json())).containsExactly("CREATED", "SUBMITTED", "REJECTED");
    assertThat(committee.post(decision, "{\"outcome\":\"APPROVED\"}").status()).isEqualTo(409);
  }

  @Test
  void theRequesterWithdrawsBeforeADecisionAndNothingMoreHappens() {
    JsonObject r = submitted("Withdrawn");
    String id = r.getString("id");

    Reply withdrawn = researcher.post("/api/requests/" + id + "/withdraw", "");

    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(withdrawn.json().getString("state")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.json().getJsonArray("parts").getJsonObject(0).getString("state"))
        .isEqualTo("WITHDRAWN");
    assertThat(
            committee
                .post(
                    "/api/requests/" + id + "/parts/" + partId(r) + "/votes",
                    "{\"vote\":\"APPROVE\"}")
                .status())
        .isEqualTo(409);
    assertThat(researcher.post("/api/requests/" + id + "/withdraw", "").status()).isEqualTo(409);
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    Reply bad =
        researcher.post(
            "/api/requests",
            "{\"projectCode\":\"" + project + "\",\"title\":\"\",\"intendedUse\":[\"GRU\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).startsWith("application/problem+json");
    JsonObject r = submitted("Bad votes");
    String votes = "/api/requests/" + r.getString("id") + "/parts/" + partId(r) + "/votes";

    assertThat(committee.post(votes, "{\"vote\":\"MAYBE\"}").status()).isEqualTo(400);

    assertThat(kinds(researcher.get("/api/requests/" + r.getString("id")).json()))
        .containsExactly("CREATED", "SUBMITTED");
    assertThat(researcher.post("/api/requests", body("x").replace(project, "NOT-MINE")).status())
        .isEqualTo(400);
  }

  @Test
  void twoVotesAtOnceDecideThePartOnce() throws Exception {
    for (int round = 0; round < 3; round++) {
      JsonObject r = submitted("Race");
      String id = r.getString("id");
      String votes = "/api/requests/" + id + "/parts/" + partId(r) + "/votes";
      CountDownLatch start = new CountDownLatch(1);
      CompletableFuture<Reply> a =
          CompletableFuture.supplyAsync(() -> await(start, () -> committee.post(votes, approve())));
      CompletableFuture<Reply> b =
          CompletableFuture.supplyAsync(() -> await(start, () -> admin.post(votes, approve())));
      start.countDown();

      assertThat(List.of(a.get().status(), b.get().status())).containsOnly(200);
      JsonObject after = researcher.get("/api/requests/" + id).json();
      assertThat(after.getString("state")).isEqualTo("APPROVED");
      assertThat(kinds(after).stream().filter(k -> k.equals("APPROVED"))).hasSize(1);
      assertThat(traces("ACCESS_DECIDED", id)).isEqualTo(1);
    }
  }

  @Test
  void changesRequestedAreAnsweredByAResubmissionThatStartsANewRound() {
    JsonObject r = submitted("Changes");
    String id = r.getString("id");
    String part = partId(r);
    String base = "/api/requests/" + id;
    committee.post(base + "/parts/" + part + "/votes", approve());

    assertThat(
            researcher
                .post(base + "/parts/" + part + "/request-changes", "{\"comment\":\"x\"}")
                .status())
        .isEqualTo(403);
    Reply changes =
        admin.post(base + "/parts/" + part + "/request-changes", "{\"comment\":\"Name the IRB\"}");
    assertThat(changes.status()).as(changes.body()).isEqualTo(200);
    assertThat(changes.json().getString("state")).isEqualTo("CHANGES_REQUESTED");
    Reply thread =
        committee.post(
            base + "/comments", "{\"text\":\"Which board?\",\"partId\":\"" + part + "\"}");
    assertThat(thread.status()).as(thread.body()).isEqualTo(200);
    assertThat(researcher.post(base + "/comments", "{\"text\":\"CEIm Valencia\"}").status())
        .isEqualTo(200);
    Reply edited = researcher.put(base, body("Changes, with the IRB"));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);

    Reply again = researcher.post(base + "/submit", "");

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    JsonObject resubmitted = again.json();
    assertThat(resubmitted.getString("state")).isEqualTo("RESUBMITTED");
    assertThat(resubmitted.getString("title")).isEqualTo("Changes, with the IRB");
    JsonObject p = resubmitted.getJsonArray("parts").getJsonObject(0);
    assertThat(p.getJsonArray("votes")).isEmpty();
    assertThat(p.getJsonArray("missingVoters")).hasSize(2);
    assertThat(kinds(resubmitted))
        .containsExactly(
            "CREATED",
            "SUBMITTED",
            "VOTED_APPROVE",
            "CHANGES_REQUESTED",
            "COMMENTED",
            "COMMENTED",
            "EDITED",
            "RESUBMITTED");
    assertThat(traces("ACCESS_REQUEST_SUBMITTED", id)).isEqualTo(2);
  }

  private static String approve() {
    return "{\"vote\":\"APPROVE\"}";
  }

  private static Reply await(CountDownLatch start, java.util.function.Supplier<Reply> call) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return call.get();
  }
}
