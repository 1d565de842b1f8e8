package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A hub of its own whose mail server takes the mails of a submitted request but never answers: the
 * hub is killed with {@code kill -9} while it waits, with every mail of the event leased and none
 * noted sent, then started again. Each person then gets exactly one mail of the event, with the
 * outbox row's {@code Message-ID}: the outbox survived the crash, the dead worker's leases ran out,
 * and nothing was sent twice. Started once more with reminders due at once, it sends each member
 * who has not voted one digest.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationCrashIT {

  private static final String NODE = "es-valencia";
  private static final Duration WAIT = Duration.ofMinutes(3);

  /** The address the hub is known by behind its proxy. */
  private static final String PUBLIC_URL = "https://hub.example.test";

  private static SmtpMailbox mailbox;
  private static OwnHub own;
  private static HubProcess hub;
  private static final Map<String, String> EMAILS = new TreeMap<>();
  private static String requestId;

  @BeforeAll
  static void startOwnHub() throws Exception {
    mailbox = new SmtpMailbox();
    own =
        OwnHub.named("notification-crash")
            .set("catalogue.demo.datasets", 5)
            .set("catalogue.mail.smtp.host", "127.0.0.1")
            .set("catalogue.mail.smtp.port", mailbox.port())
            .set("catalogue.mail.from", "crash@imaging-hub.test")
            // the hub waits for the held mail's answer until it is killed
            .set("catalogue.mail.timeout-ms", 60000)
            .set("access.notification.poll-ms", 200)
            .set("access.notification.lease-seconds", 90);
    hub = own.start("hub.log");
  }

  @AfterAll
  static void stop() throws Exception {
    if (hub != null) {
      hub.stop();
    }
    if (mailbox != null) {
      mailbox.close();
    }
  }

  @Test
  @Order(1)
  void aHubKilledWhileSendingMailsEachPersonOnceAfterItsRestart() throws Exception {
    for (String user : List.of("researcher", "committee", "admin", "operator")) {
      Reply me = client(user).get("/api/me");
      assertThat(me.status()).as(me.body()).isEqualTo(200);
      EMAILS.put(user, me.json().getJsonObject("user").getString("email"));
    }
    mailbox.hold();
    requestId = submittedRequest(EMAILS);

    awaitThat(() -> mailbox.held() > 0, "the hub sends a mail of the request");
    hub.kill();
    assertThat(outbox()).as("no mail noted sent before the kill").containsOnlyKeys("PENDING");
    assertThat(outbox().get("PENDING")).isEqualTo(3);
    assertThat(mailbox.received()).isEmpty();

    mailbox.release();
    hub.start();
    awaitThat(() -> Integer.valueOf(3).equals(outboxOrNull().get("SENT")), "all 3 mails sent");

    List<SmtpMailbox.Received> mails = mailbox.received();
    assertThat(mails)
        .extracting(m -> m.recipients().get(0))
        .containsExactlyInAnyOrder(
            EMAILS.get("researcher"), EMAILS.get("committee"), EMAILS.get("admin"));
    assertThat(mails).allSatisfy(m -> assertThat(m.body()).contains("#/requests/" + requestId));
    assertThat(mails.stream().map(m -> m.header("Message-ID").orElseThrow()))
        .containsExactlyInAnyOrderElementsOf(messageIds());
  }

  /**
   * Started again with reminders after no day, checked every second: each member whose vote is
   * missing gets one digest naming the request, who asks and for which project, with its link.
   */
  @Test
  @Order(2)
  void membersWhoHaveNotVotedGetOneDigestEach() throws Exception {
    hub.stop();
    own.set("access.reminder.after-days", 0).set("access.reminder.check-seconds", 1);
    // no request comes in before the first digest: its links come from the configured address
    own.set("catalogue.public-url", PUBLIC_URL + "/");
    hub = own.start("hub-reminding.log");
    awaitThat(() -> Integer.valueOf(5).equals(outboxOrNull().get("SENT")), "2 digests sent");

    String researcher =
        client("researcher").get("/api/me").json().getJsonObject("user").getString("name");
    for (String member : List.of("committee", "admin")) {
      List<SmtpMailbox.Received> digests =
          mailbox.received().stream()
              .filter(m -> m.recipients().contains(EMAILS.get(member)))
              .filter(m -> m.subject().startsWith("Reminder:"))
              .toList();
      assertThat(digests).as("digests to " + member).hasSize(1);
      assertThat(digests.get(0).subject())
          .isEqualTo("Reminder: 1 access request waits for your vote");
      assertThat(digests.get(0).body())
          .contains(
              "- \"Crash course\": "
                  + researcher
                  + " <"
                  + EMAILS.get("researcher")
                  + "> asks for project CRASH (committee Crash committee, waiting 0 days)")
          .contains(PUBLIC_URL + "/#/requests/" + requestId)
          .contains(PUBLIC_URL + "/#/review");
    }
    assertThat(
            client("admin")
                .get("/api/me/notifications")
                .json()
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(n -> n.getString("subject").startsWith("Reminder:"))
                .count())
        .isEqualTo(1);
  }

  private static HubClient client(String user) {
    return HubClient.as(user).on(hub.uri());
  }

  /** A request of the researcher's project, submitted to a committee of the chair and admin. */
  private static String submittedRequest(Map<String, String> emails) {
    String project = "CRASH";
    Reply p =
        client("researcher")
            .post(
                "/api/projects", "{\"code\":\"CRASH\",\"title\":\"Crash\",\"description\":\"-\"}");
    assertThat(p.status()).as(p.body()).isEqualTo(201);
    Reply d = client("operator").post("/api/datasets", dataset(NODE, "crash-1", "Crash").toJson());
    assertThat(d.status()).as(d.body()).isEqualTo(201);
    String datasetId = d.json().getString("id");
    Reply c =
        client("admin")
            .post(
                "/api/committees",
                ("{\"name\":\"Crash committee\",\"quorum\":{\"kind\":\"MAJORITY\"},"
                        + "\"voteDays\":14,\"members\":[{\"email\":\"%s\",\"chair\":true},"
                        + "{\"email\":\"%s\",\"chair\":false}],\"datasetIds\":[\"%s\"]}")
                    .formatted(emails.get("committee"), emails.get("admin"), datasetId));
    assertThat(c.status()).as(c.body()).isEqualTo(201);
    Reply r =
        client("researcher")
            .post(
                "/api/requests",
                """
                {"projectCode":"%s","title":"Crash course","layPurpose":"Survive a crash",
                 "scientificPurpose":"Delivery","intendedUse":["DUO:0000006"],
                 "ethicsReference":"ETH-1","accessEnd":"2030-12-31","datasetIds":["%s"],
                 "acceptedTerms":["%s"]}"""
                    .formatted(project, datasetId, datasetId));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String id = r.json().getString("id");
    Reply s = client("researcher").post("/api/requests/" + id + "/submit", "");
    assertThat(s.status()).as(s.body()).isEqualTo(200);
    return id;
  }

  private static Map<String, Integer> outbox() throws SQLException {
    Map<String, Integer> states = new TreeMap<>();
    try (Connection c = own.openDatabase();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select state, count(*) from notification_outbox group by state")) {
      while (r.next()) {
        states.put(r.getString(1), r.getInt(2));
      }
    }
    return states;
  }

  private static Map<String, Integer> outboxOrNull() {
    try {
      return outbox();
    } catch (SQLException e) {
      return Map.of();
    }
  }

  private static List<String> messageIds() throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = own.openDatabase();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select id from notification_outbox")) {
      while (r.next()) {
        ids.add("<notification." + r.getString(1) + "@imaging-hub>");
      }
    }
    return ids;
  }

  private static void awaitThat(BooleanSupplier condition, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting until " + what).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
