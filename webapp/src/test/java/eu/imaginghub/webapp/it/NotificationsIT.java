package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mails and in-app notifications of a request's way through a committee of two (chair: the
 * committee member; member: the admin), read from the test run's SMTP server: who gets what, that
 * each mail says who asked for what and links to the request, and that each person gets exactly one
 * mail per event.
 */
@ExtendWith(RunningHub.class)
class NotificationsIT {

  private static final String NODE = "es-valencia";
  private static final Duration WAIT = Duration.ofMinutes(2);

  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient committee = HubClient.as("committee");
  private final HubClient admin = HubClient.as("admin");

  private static String project;
  private static String datasetId;
  private static String committeeName;
  private static Map<String, String> emails;

  @BeforeAll
  static void aProjectADatasetAndItsCommittee() {
    emails = new TreeMap<>();
    for (String user : List.of("researcher", "committee", "admin")) {
      Reply me = HubClient.as(user).get("/api/me");
      assertThat(me.status()).isEqualTo(200);
      emails.put(user, me.json().getJsonObject("user").getString("email"));
    }
    project = "NOTE-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    Reply created =
        HubClient.as("researcher")
            .post(
                "/api/projects",
                "{\"code\":\"" + project + "\",\"title\":\"Mail\",\"description\":\"Told\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String localId = "note-" + System.nanoTime();
    Reply d =
        HubClient.as("operator")
            .post("/api/datasets", dataset(NODE, localId, "Notified cohort").toJson());
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    datasetId = d.json().getString("id");
    Reply c =
        HubClient.as("admin")
            .post(
                "/api/committees",
                ("{\"name\":\"Notifications %s\",\"quorum\":{\"kind\":\"MAJORITY\"},"
                        + "\"voteDays\":14,\"members\":[{\"email\":\"%s\",\"chair\":true},"
                        + "{\"email\":\"%s\",\"chair\":false}],\"datasetIds\":[\"%s\"]}")
                    .formatted(localId, emails.get("committee"), emails.get("admin"), datasetId));
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    committeeName = c.json().getString("name");
  }

  private String body(String title) {
    return """
        {"projectCode":"%s","title":"%s","layPurpose":"Find lung nodules earlier",
         "scientificPurpose":"Train and validate a nodule detector","intendedUse":["DUO:0000006"],
         "ethicsReference":"ETH-2026-7","accessEnd":"2030-12-31","datasetIds":["%s"],
         "acceptedTerms":["%s"]}"""
        .formatted(project, title, datasetId, datasetId);
  }

  @Test
  void eachPersonGetsOneMailPerEventSayingWhoAskedForWhatWithTheLinkWhereToAct() throws Exception {
    String title = "Nodule detector " + System.nanoTime();
    Reply drafted = researcher.post("/api/requests", body(title));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    String id = drafted.json().getString("id");
    String link = RunningHub.baseUri().resolve("/") + "#/requests/" + id;
    String researcherName =
        researcher.get("/api/me").json().getJsonObject("user").getString("name");

    Reply submitted = researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String part = submitted.json().getJsonArray("parts").getJsonObject(0).getString("id");

    SmtpMailbox.Received vote = await("committee", "Vote needed: " + title);
    assertThat(vote.subject()).isEqualTo("Vote needed: " + title + " (project " + project + ")");
    assertThat(vote.body())
        .contains(
            researcherName + " <" + emails.get("researcher") + "> asks, for project " + project)
        .contains("- the committee " + committeeName + ": " + datasetId)
        .contains(link);
    assertThat(vote.header("Message-ID"))
        .hasValueSatisfying(m -> assertThat(m).startsWith("<notification."));
    await("admin", "Vote needed: " + title);
    assertThat(await("researcher", "Access request submitted: " + title).body()).contains(link);

    Reply changes =
        committee.post(
            "/api/requests/" + id + "/parts/" + part + "/request-changes",
            "{\"comment\":\"Name the ethics committee\"}");
    assertThat(changes.status()).as(changes.body()).isEqualTo(200);
    SmtpMailbox.Received asked = await("researcher", "Changes requested: " + title);
    assertThat(asked.body()).contains("> Name the ethics committee").contains(link);

    assertThat(researcher.put("/api/requests/" + id, body(title)).status()).isEqualTo(200);
    Reply resubmitted = researcher.post("/api/requests/" + id + "/submit", "");
    assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
    String votes = "/api/requests/" + id + "/parts/" + part + "/votes";
    assertThat(committee.post(votes, "{\"vote\":\"APPROVE\"}").status()).isEqualTo(200);
    Reply decided = admin.post(votes, "{\"vote\":\"APPROVE\"}");
    assertThat(decided.json().getString("state")).as(decided.body()).isEqualTo("APPROVED");
    SmtpMailbox.Received approved = await("researcher", "Access request approved: " + title);
    assertThat(approved.body())
        .contains(committeeName + " approved, by the votes of its members")
        .contains("Access runs until the end of 2030-12-31 (UTC).")
        .contains(link);

    awaitAllSent(id);
    // every mail of this request, once delivered, is the only one of its kind
    assertThat(subjectsTo("researcher", title))
        .containsExactlyInAnyOrder(
            "Access request submitted: " + title,
            "Changes requested: " + title,
            "Access request resubmitted: " + title,
            "Access request approved: " + title);
    assertThat(subjectsTo("committee", title))
        .containsExactly(
            "Vote needed: " + title + " (project " + project + ")",
            "Vote needed: " + title + " (project " + project + ")");
    assertThat(subjectsTo("admin", title)).hasSize(2);
    assertThat(
            RunningHub.mailbox().received().stream()
                .filter(m -> m.subject().contains(title))
                .map(m -> m.header("Message-ID").orElseThrow())
                .distinct())
        .hasSize(8);
  }

  @Test
  void peopleReadTheirNotificationsAndOnlyTheirs() {
    String title = "Read me " + System.nanoTime();
    Reply drafted = researcher.post("/api/requests", body(title));
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
    String id = drafted.json().getString("id");
    assertThat(researcher.post("/api/requests/" + id + "/submit", "").status()).isEqualTo(200);

    JsonObject inbox = committee.get("/api/me/notifications").json();
    JsonObject item =
        inbox.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getString("subject").contains(title))
            .findFirst()
            .orElseThrow();
    long unread = inbox.getJsonNumber("unread").longValue();
    assertThat(unread).isPositive();
    assertThat(item.getString("link")).isEqualTo("/#/requests/" + id);
    assertThat(item.getBoolean("read")).isFalse();
    assertThat(item.getJsonArray("allowedActions").getString(0)).isEqualTo("read");
    String read = "/api/me/notifications/" + item.getString("id") + "/read";

    assertThat(researcher.post(read, "").status()).isEqualTo(404);
    Reply marked = committee.post(read, "");
    assertThat(marked.status()).as(marked.body()).isEqualTo(200);
    assertThat(marked.json().getBoolean("read")).isTrue();
    assertThat(committee.get("/api/me/notifications").json().getJsonNumber("unread").longValue())
        .isEqualTo(unread - 1);

    Reply all = committee.post("/api/me/notifications/read-all", "");
    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat(all.json().getJsonNumber("unread").longValue()).isZero();
    assertThat(researcher.get("/api/me/notifications").json().getJsonNumber("unread").longValue())
        .isPositive();
    assertThat(HubClient.anonymous().get("/api/me/notifications").status()).isEqualTo(401);
  }

  private static SmtpMailbox.Received await(String user, String subject)
      throws InterruptedException {
    return RunningHub.mailbox()
        .await(emails.get(user), subject, WAIT)
        .orElseThrow(() -> new AssertionError("no mail to " + user + ": " + subject));
  }

  private static List<String> subjectsTo(String user, String title) {
    return RunningHub.mailbox().received().stream()
        .filter(m -> m.recipients().contains(emails.get(user)))
        .map(SmtpMailbox.Received::subject)
        .filter(s -> s.contains(title))
        .toList();
  }

  /** Once the outbox notes every mail of the request sent, no other copy is on its way. */
  private static void awaitAllSent(String requestId) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (pending(requestId) > 0) {
      assertThat(Instant.now()).as("mails of " + requestId + " still pending").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  private static int pending(String requestId) throws SQLException {
    try (Connection c = RunningHub.database();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from notification_outbox where state <> 'SENT'"
                    + " and body like ?")) {
      s.setString(1, "%/#/requests/" + requestId + "%");
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}
