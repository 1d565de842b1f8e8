package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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

  private static final String NODE = "es-valencia";
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");

  private static String committeeId;
  private static String researcherId;
  private static String project;
  private static String datasetId;
  private static String committeeName;

  @BeforeAll
  static void aProjectAndADatasetOfADemoNode() {
    researcherId = subject("researcher");
    committeeId = subject("committee");
    subject("admin");
    project = "REQ-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    Reply created =
        HubClient.as("researcher")
            .post(
                "/api/projects",
                "{\"code\":\"" + project + "\",\"title\":\"Lung CT\",\"description\":\"AI\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String localId = "req-" + System.nanoTime();
    Reply d =
        HubClient.as("operator")
            .post("/api/datasets", dataset(NODE, localId, "Requested cohort").toJson());
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    datasetId = d.json().getString("id");
    // a committee of its own naming the dataset (which wins over one governing its node): the
    // committee member chairs it, the admin sits on it; a majority of two decides
    Reply c =
        HubClient.as("admin")
            .post(
                "/api/committees",
                ("{\"name\":\"Requests %s\",\"quorum\":{\"kind\":\"MAJORITY\"},\"voteDays\":14,"
                        + "\"members\":[{\"email\":\"committee@example.org\",\"chair\":true},"
                        + "{\"email\":\"admin@example.org\",\"chair\":false}],"
                        + "\"datasetIds\":[\"%s\"]}")
                    .formatted(localId, datasetId));
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    committeeName = c.json().getString("name");
  }

  private static String subject(String user) {
    Reply me = HubClient.as(user).get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    return me.json().getString("subject");
  }

  private String body(String title) {
    return """
        {"projectCode":"%s","title":"%s","layPurpose":"Find lung nodules earlier",
         "scientificPurpose":"Train and validate a nodule detector","intendedUse":["DUO:0000006"],
         "ethicsReference":"ETH-2026-7","accessEnd":"2030-12-31","datasetIds":["%s"],
         "acceptedTerms":["%s"]}"""
        .formatted(project, title, datasetId, datasetId);
  }

  private JsonObject draft(String title) {
    Reply r = researcher.post("/api/requests", body(title + " " + SERIAL.incrementAndGet()));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private JsonObject submitted(String title) {
    String id = draft(title).getString("id");
    Reply s = researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(s.status()).as(s.body()).isEqualTo(200);
    return s.json();
  }

  private static String partId(JsonObject request) {
    return request.getJsonArray("parts").getJsonObject(0).getString("id");
  }

  private static List<String> strings(JsonArray a) {
    return a.getValuesAs(JsonValue.class).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .toList();
  }

  private static List<String> kinds(JsonObject request) {
    return request.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("kind"))
        .toList();
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
  void pdfAttachmentsAreCheckedByContentAndServedAsFiles() throws Exception {
    String id = draft("Attached").getString("id");
    String attachments = "/api/requests/" + id + "/attachments";
    byte[] pdf = pdf();

    Reply added =
        researcher.send("POST", attachments + "?name=../ethics.pdf", "application/pdf", pdf);

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonObject a = added.json().getJsonArray("attachments").getJsonObject(0);
    assertThat(a.getString("name")).isEqualTo("ethics.pdf");
    assertThat(a.getJsonNumber("size").longValue()).isEqualTo(pdf.length);
    assertThat(kinds(added.json())).containsExactly("CREATED", "ATTACHED");
    HttpResponse<byte[]> file = download(researcher, attachments + "/" + a.getString("id"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"ethics.pdf\"");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(download(operator, attachments + "/" + a.getString("id")).statusCode())
        .isEqualTo(404);

    byte[] fake = "%PDF-1.7 <html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
    assertThat(
            researcher.send("POST", attachments + "?name=x.pdf", "application/pdf", fake).status())
        .isEqualTo(415);
    assertThat(researcher.send("POST", attachments, "application/pdf", pdf).status())
        .isEqualTo(400);
    assertThat(researcher.get("/api/requests/" + id).json().getJsonArray("attachments")).hasSize(1);
    researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(
            researcher
                .send("POST", attachments + "?name=late.pdf", "application/pdf", pdf)
                .status())
        .isEqualTo(409);
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

  @Test
  void theQueueShowsWhatWaitsAndWhoseVoteIsMissing() {
    JsonObject r = submitted("Queued");
    String part = partId(r);
    admin.post("/api/requests/" + r.getString("id") + "/parts/" + part + "/votes", approve());

    Reply queue = committee.get("/api/committee/queue");

    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    JsonObject item =
        queue.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("partId").equals(part))
            .findFirst()
            .orElseThrow();
    assertThat(item.getString("projectCode")).isEqualTo(project);
    assertThat(item.getJsonNumber("ageDays").longValue()).isZero();
    assertThat(item.getJsonArray("missingVoters").getValuesAs(JsonObject.class))
        .extracting(v -> v.getString("subject"))
        .containsExactly(committeeId);
    assertThat(item.getString("myVote", null)).isNull();
    JsonObject mine =
        admin
            .get("/api/committee/queue")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(i -> i.getString("partId").equals(part))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("myVote")).isEqualTo("APPROVE");
    assertThat(researcher.get("/api/committee/queue").structure().asJsonArray()).isEmpty();
  }

  @Test
  void committeeMembersExportTheirRequestsAsCsvWithFormulasDefused() {
    Reply created = researcher.post("/api/requests", body("=HYPERLINK(\\\"http://x\\\")"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    researcher.post("/api/requests/" + id + "/submit", "");

    Reply csv = committee.get("/api/requests/export", "text/csv");

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo(
            "\"requestId\",\"title\",\"projectCode\",\"requester\",\"requestState\",\"submittedAt\","
                + "\"partId\",\"committee\",\"partState\",\"datasetIds\",\"outcome\",\"decidedBy\","
                + "\"decidedAt\"");
    assertThat(csv.body()).contains("\"" + id + "\",\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(researcher.get("/api/requests/export", "text/csv").status()).isEqualTo(403);
  }

  private static byte[] pdf() throws java.io.IOException {
    try (PDDocument d = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.addPage(new PDPage());
      d.save(out);
      return out.toByteArray();
    }
  }

  /** A download as bytes, with this caller's credentials. */
  private static HttpResponse<byte[]> download(HubClient client, String path) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(RunningHub.baseUri().resolve(path)).GET();
    client
        .rawHeaders()
        .lines()
        .filter(l -> !l.isBlank())
        .forEach(
            l -> b.header(l.substring(0, l.indexOf(':')), l.substring(l.indexOf(':') + 1).strip()));
    return HubClient.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
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

  /** How many traces of this action name the request. */
  private long traces(String action, String requestId) {
    Reply page = admin.get("/api/traces?action=" + action + "&size=100");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(t -> requestId.equals(t.getJsonObject("details").getString("request", null)))
        .count();
  }
}
