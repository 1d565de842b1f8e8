package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.RequestDrafts.kinds;
import static eu.imaginghub.webapp.it.RequestDrafts.partId;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What accompanies an access request on its way through a committee, over HTTP: PDF attachments
 * checked by content, the committee's queue with whose vote is missing, and the CSV export for
 * committee members with spreadsheet formulas defused.
 */
@ExtendWith(RunningHub.class)
class RequestReviewIT {

  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");

  private static RequestDrafts drafts;
  private static String project;
  private static String committeeId;

  @BeforeAll
  static void aProjectAndADatasetOfADemoNode() {
    committeeId = HubClient.subjectOf("committee");
    drafts = new RequestDrafts("review");
    project = drafts.project;
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
  void theQueueShowsWhatWaitsAndWhoseVoteIsMissing() {
    JsonObject r = submitted("Queued");
    String part = partId(r);
    admin.post(
        "/api/requests/" + r.getString("id") + "/parts/" + part + "/votes",
        "{\"vote\":\"APPROVE\"}");

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
}
