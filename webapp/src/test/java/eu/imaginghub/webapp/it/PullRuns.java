package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** Registering a pulled node, starting its pull over the API and waiting for the run's end. */
final class PullRuns {

  private static final Duration LONGEST_RUN = Duration.ofSeconds(60);
  private static final long POLL_MILLIS = 100;

  private PullRuns() {}

  /** Registers a node (as an admin) and sets its harvest source, pulled once a day. */
  static void register(HubClient admin, String nodeId, String url, String format, String contact) {
    Reply created =
        admin.post(
            "/api/nodes",
            Json.createObjectBuilder()
                .add("id", nodeId)
                .add("name", "Node " + nodeId)
                .add("country", "ES")
                .add("organisation", "Pull Test Organisation")
                .add("contactEmail", contact)
                .build()
                .toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Reply source =
        admin.put(
            "/api/nodes/" + nodeId + "/harvest-source",
            Json.createObjectBuilder()
                .add("url", url)
                .add("format", format)
                .add("intervalMinutes", 1440)
                .add("enabled", true)
                .build()
                .toString());
    assertThat(source.status()).as(source.body()).isEqualTo(200);
  }

  /** Starts a pull of the node as {@code client} and returns the ended run's report. */
  static JsonObject harvest(HubClient client, String nodeId) throws InterruptedException {
    Reply started = client.post("/api/nodes/" + nodeId + "/harvests", "");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    return awaitEnd(client, started.json().getString("id"));
  }

  /** The run's report once it is no longer RUNNING (its end is committed with final counts). */
  static JsonObject awaitEnd(HubClient client, String runId) throws InterruptedException {
    Instant deadline = Instant.now().plus(LONGEST_RUN);
    while (Instant.now().isBefore(deadline)) {
      JsonObject run = client.get("/api/harvests/" + runId).json();
      if (!"RUNNING".equals(run.getString("status"))) {
        return run;
      }
      Thread.sleep(POLL_MILLIS); // polls a condition: the run's committed end
    }
    throw new AssertionError("run " + runId + " did not end within " + LONGEST_RUN);
  }
}
