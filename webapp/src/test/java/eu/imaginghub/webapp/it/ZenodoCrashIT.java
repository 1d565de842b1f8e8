package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.ZenodoPublications.hubVersionId;
import static eu.imaginghub.webapp.it.ZenodoPublications.published;
import static eu.imaginghub.webapp.it.ZenodoPublications.settled;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import eu.imaginghub.catalogue.publication.fake.ZenodoFaults;
import eu.imaginghub.catalogue.publication.fake.ZenodoFaults.Step;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub of its own and a fake Zenodo of its own: the hub is killed with {@code kill -9} while
 * Zenodo holds its publish request, after the deposition was made and its id stored, then started
 * again. Once Zenodo answers again, the version has exactly one deposition, published, and the hub
 * says so: the restarted hub took the publication over when the dead one's lease ran out and went
 * on from the stored step instead of depositing again.
 */
class ZenodoCrashIT {

  private static final String NODE = "es-valencia";
  private static LocalZenodo zenodo;
  private static HubProcess hub;

  @BeforeAll
  static void startOwnHub() throws Exception {
    zenodo = LocalZenodo.start(0, "crash-token");
    hub =
        OwnHub.named("zenodo-crash")
            .set("catalogue.demo.datasets", 5)
            .with(RunningHub.zenodoSettings(zenodo))
            // the dead hub's hold on the publication ends soon after the restart
            .set("catalogue.zenodo.lease-ms", 4000)
            // the hub waits for the held publish until it is killed
            .set("catalogue.zenodo.timeout-ms", 60000)
            .start("hub.log");
  }

  @AfterAll
  static void stop() throws Exception {
    if (hub != null) {
      hub.stop();
    }
    if (zenodo != null) {
      zenodo.close();
    }
  }

  @Test
  void aHubKilledWhilePublishingLeavesOneDepositionPublishedAfterItsRestart() throws Exception {
    ZenodoFaults.Hold publish = zenodo.faults().hold(Step.PUBLISH);
    String id = published(client(), NODE, "Crash while publishing");
    assertThat(publish.awaitArrival(Duration.ofMinutes(2))).as("the hub asks to publish").isTrue();
    JsonObject before = ZenodoPublications.find(client(), id, 1, "PUBLISH").orElseThrow();
    assertThat(before.getString("state")).isEqualTo("DEPOSITING");
    assertThat(before.getString("step")).isEqualTo("PUBLISH");
    assertThat(before.getJsonNumber("depositionId")).isNotNull();

    hub.kill();
    hub.start();
    publish.release();

    JsonObject after = settled(client(), id, 1, "PUBLISH");
    assertThat(after.getString("state")).as(after.toString()).isEqualTo("PUBLISHED");
    assertThat(after.getJsonNumber("depositionId")).isEqualTo(before.getJsonNumber("depositionId"));
    List<JsonObject> depositions = zenodo.depositionsMentioning(hubVersionId(id, 1));
    assertThat(depositions).hasSize(1);
    assertThat(depositions.get(0).getString("state")).isEqualTo("done");
    assertThat(after.getString("doi")).isEqualTo(depositions.get(0).getString("doi"));
    assertThat(zenodo.requests(Step.CREATE)).isEqualTo(1);
    assertThat(client().get("/api/datasets/" + id).json().getString("doi"))
        .isEqualTo(after.getString("doi"));
  }

  private static HubClient client() {
    return HubClient.as("operator").on(hub.uri());
  }
}
