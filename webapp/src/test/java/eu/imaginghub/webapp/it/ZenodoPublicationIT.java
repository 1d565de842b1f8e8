package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static eu.imaginghub.webapp.it.ZenodoPublications.hubVersionId;
import static eu.imaginghub.webapp.it.ZenodoPublications.published;
import static eu.imaginghub.webapp.it.ZenodoPublications.searchHitWithDoi;
import static eu.imaginghub.webapp.it.ZenodoPublications.settled;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import eu.imaginghub.catalogue.publication.fake.ZenodoFaults.Step;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Publishing through the shared hub into the run's fake Zenodo: a DOI for a published dataset, a
 * new Zenodo version under the same concept DOI for a new dataset version, the record marked on
 * invalidation; server errors, slow answers and dropped connections tried again; Zenodo's
 * validation errors and a node without DOIs shown to the operator.
 */
@ExtendWith(RunningHub.class)
class ZenodoPublicationIT {

  private static final String NODE = "es-valencia";

  private final HubClient operator = HubClient.as("operator");
  private final HubClient admin = HubClient.as("admin");
  private final LocalZenodo zenodo = RunningHub.zenodo();

  @AfterEach
  void noFaultLeft() {
    zenodo.faults().clear();
  }

  @Test
  void aPublishedDatasetGetsADoiOnItsJsonAndPublications() {
    String id = published(operator, NODE, "Zenodo lung CT");

    JsonObject p = settled(operator, id, 1, "PUBLISH");
    assertThat(p.getString("state")).as(p.toString()).isEqualTo("PUBLISHED");
    assertThat(p.getString("step")).isEqualTo("DONE");
    assertThat(p.getInt("attempts")).isEqualTo(1);
    String doi = p.getString("doi");
    assertThat(doi).startsWith("10.5072/zenodo.");
    assertThat(p.getString("recordUrl")).startsWith(zenodo.url().replace("/api", "/records/"));
    JsonObject dataset = operator.get("/api/datasets/" + id).json();
    assertThat(dataset.getString("doi")).isEqualTo(doi);
    assertThat(dataset.getString("conceptDoi")).isEqualTo(p.getString("conceptDoi"));
    assertThat(dataset.getString("recordUrl")).isEqualTo(p.getString("recordUrl"));
    JsonObject hit = searchHitWithDoi(operator, id, "Zenodo lung CT", doi);
    assertThat(hit.getString("title")).isEqualTo("Zenodo lung CT");

    assertThat(zenodo.depositionsMentioning(hubVersionId(id, 1))).hasSize(1);
    JsonObject metadata = zenodo.byDoi(doi).orElseThrow().getJsonObject("metadata");
    assertThat(metadata.getString("upload_type")).isEqualTo("dataset");
    assertThat(metadata.getString("title")).isEqualTo("Zenodo lung CT");
    assertThat(metadata.getString("access_right")).isEqualTo("restricted");
    assertThat(metadata.getString("description")).contains("/datasets/" + id);
    assertThat(metadata.getJsonArray("creators").getJsonObject(0).getString("name"))
        .isEqualTo("Fixture Hospital");
    assertThat(zenodo.filesOf(doi)).containsExactly("dcat-ap.ttl");
    Reply traces = admin.get("/api/traces?dataset=" + id + "&action=MINT_DOI");
    assertThat(traces.json().getJsonArray("items")).hasSize(1);
  }

  @Test
  void aNewVersionIsANewZenodoVersionUnderTheSameConceptDoi() {
    String id = published(operator, NODE, "Zenodo versions");
    JsonObject first = settled(operator, id, 1, "PUBLISH");
    assertThat(first.getString("state")).isEqualTo("PUBLISHED");
    int newVersions = zenodo.requests(Step.NEW_VERSION);

    String localId = operator.get("/api/datasets/" + id).json().getString("localId");
    JsonObject body =
        Json.createObjectBuilder()
            .add("reason", "more subjects")
            .add(
                "record",
                Json.createReader(
                        new java.io.StringReader(
                            dataset(NODE, localId, "Zenodo versions, second")
                                .remove("status")
                                .toJson()))
                    .readObject())
            .build();
    Reply next = operator.post("/api/datasets/" + id + "/versions", body.toString());
    assertThat(next.status()).as(next.body()).isEqualTo(201);

    JsonObject second = settled(operator, id, 2, "NEW_VERSION");
    assertThat(second.getString("state")).as(second.toString()).isEqualTo("PUBLISHED");
    assertThat(second.getString("doi")).isNotEqualTo(first.getString("doi"));
    assertThat(second.getString("conceptDoi")).isEqualTo(first.getString("conceptDoi"));
    assertThat(zenodo.requests(Step.NEW_VERSION)).isEqualTo(newVersions + 1);
    assertThat(operator.get("/api/datasets/" + id).json().getString("doi"))
        .isEqualTo(second.getString("doi"));
    // the result list shows the current version's DOI, no longer the first one's
    searchHitWithDoi(operator, id, "Zenodo versions, second", second.getString("doi"));
    assertThat(
            zenodo
                .byDoi(second.getString("doi"))
                .orElseThrow()
                .getJsonObject("metadata")
                .getString("title"))
        .isEqualTo("Zenodo versions, second");
  }

  @Test
  void invalidationMarksTheZenodoRecord() {
    String id = published(operator, NODE, "Zenodo invalidated");
    String doi = settled(operator, id, 1, "PUBLISH").getString("doi");

    Reply invalidated =
        operator.post("/api/datasets/" + id + "/invalidate", "{\"reason\":\"consent withdrawn\"}");
    assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(200);

    JsonObject p = settled(operator, id, 1, "INVALIDATE");
    assertThat(p.getString("state")).as(p.toString()).isEqualTo("PUBLISHED");
    assertThat(p.getString("doi")).isEqualTo(doi);
    JsonObject record = zenodo.byDoi(doi).orElseThrow();
    assertThat(record.getString("state")).isEqualTo("done");
    assertThat(record.getJsonObject("metadata").getString("title")).startsWith("[Invalidated] ");
    assertThat(record.getJsonObject("metadata").getString("description"))
        .contains("consent withdrawn");
  }

  @Test
  void aServerErrorIsTriedAgain() {
    zenodo.faults().failNext(Step.CREATE, 1, 503);
    String id = published(operator, NODE, "Zenodo 503");

    JsonObject p = settled(operator, id, 1, "PUBLISH");
    assertThat(p.getString("state")).as(p.toString()).isEqualTo("PUBLISHED");
    assertThat(p.getInt("attempts")).isEqualTo(2);
    assertThat(zenodo.depositionsMentioning(hubVersionId(id, 1))).hasSize(1);
  }

  @Test
  void aDroppedConnectionAndASlowAnswerAreTriedAgainWithoutASecondDeposition() {
    zenodo.faults().dropNext(Step.PUBLISH, 1);
    String dropped = published(operator, NODE, "Zenodo dropped");
    JsonObject p = settled(operator, dropped, 1, "PUBLISH");
    assertThat(p.getString("state")).as(p.toString()).isEqualTo("PUBLISHED");
    assertThat(p.getInt("attempts")).isEqualTo(2);

    // the answer comes after the hub stopped waiting; the record is published meanwhile
    zenodo.faults().slowNext(Step.PUBLISH, 1, Duration.ofSeconds(5));
    String slow = published(operator, NODE, "Zenodo slow");
    JsonObject q = settled(operator, slow, 1, "PUBLISH");
    assertThat(q.getString("state")).as(q.toString()).isEqualTo("PUBLISHED");
    assertThat(q.getInt("attempts")).isEqualTo(2);
    assertThat(zenodo.depositionsMentioning(hubVersionId(slow, 1))).hasSize(1);
  }

  @Test
  void aValidationErrorFailsAtOnceWithZenodosWordsAndCanBeRetried() {
    String node = ownNode();
    Reply set =
        admin.put("/api/nodes/" + node + "/zenodo", "{\"community\":\"no-such-community\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    String id = published(admin, node, "Zenodo refused");

    JsonObject p = settled(admin, id, 1, "PUBLISH");
    assertThat(p.getString("state")).as(p.toString()).isEqualTo("FAILED");
    assertThat(p.getInt("attempts")).isEqualTo(1);
    JsonObject error = p.getJsonObject("lastError");
    assertThat(error.getInt("status")).isEqualTo(400);
    assertThat(error.getJsonArray("fields").getJsonObject(0).getString("field"))
        .isEqualTo("metadata.communities");
    assertThat(error.getString("text"))
        .contains("Provided community does not exist: no-such-community");
    assertThat(p.getJsonArray("allowedActions").getString(0)).isEqualTo("retry");
    Reply failedOnes = admin.get("/api/nodes/" + node + "/publications?state=FAILED");
    assertThat(failedOnes.structure().asJsonArray()).hasSize(1);

    admin.put("/api/nodes/" + node + "/zenodo", "{\"community\":\"imaging-hub\"}");
    Reply retried = admin.post("/api/publications/" + p.getString("id") + "/retry", "");
    assertThat(retried.status()).as(retried.body()).isEqualTo(200);
    JsonObject again = settled(admin, id, 1, "PUBLISH");
    assertThat(again.getString("state")).as(again.toString()).isEqualTo("PUBLISHED");
    assertThat(ZenodoPublications.absent(again, "lastError")).isTrue();
    Reply twice = admin.post("/api/publications/" + p.getString("id") + "/retry", "");
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void aNodeWithoutDoisPublishesWithoutOneAndSaysSo() {
    String node = ownNode();
    Reply set = admin.put("/api/nodes/" + node + "/zenodo", "{\"mintDois\":false,\"token\":\"x\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().getBoolean("tokenSet")).isTrue();
    assertThat(set.json().containsKey("token")).isFalse();
    String id = published(admin, node, "Zenodo off");

    JsonObject p = settled(admin, id, 1, "PUBLISH");
    assertThat(p.getString("state")).isEqualTo("NO_DOI");
    assertThat(p.getString("reason"))
        .isEqualTo("DOIs are switched off for node " + node + ": published without a DOI");
    assertThat(ZenodoPublications.absent(admin.get("/api/datasets/" + id).json(), "doi")).isTrue();
    assertThat(zenodo.depositionsMentioning(hubVersionId(id, 1))).isEmpty();
  }

  /** A node of this test alone, so that its Zenodo settings change nobody else's. */
  private String ownNode() {
    String id = "zen-" + Long.toString(System.nanoTime(), 36);
    JsonObject node =
        Json.createObjectBuilder()
            .add("id", id)
            .add("name", "Zenodo test node " + id)
            .add("country", "ES")
            .add("organisation", "Zenodo Test Organisation")
            .add("contactEmail", "ops@zenodo.example.org")
            .add("baseUrl", "https://" + id + ".example.org")
            .build();
    Reply created = admin.post("/api/nodes", node.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return id;
  }
}
