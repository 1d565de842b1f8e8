package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating, reading, updating and withdrawing datasets over HTTP, with every refusal. */
@ExtendWith(RunningHub.class)
class CatalogueApiIT {

  private static final String NODE = DemoFederation.nodes().get(0).id();
  private static final String OTHER_NODE = DemoFederation.nodes().get(4).id();
  private final HubClient admin = HubClient.as("admin");
  private final HubClient operator = HubClient.as("operator");
  private final HubClient researcher = HubClient.as("researcher");
  private final HubClient anonymous = HubClient.anonymous();

  @Test
  void createsReadsUpdatesAndWithdrawsADataset() {
    Reply created =
        admin.post("/api/datasets", dataset(NODE, "crud-1", "Crud wombatcohort").toJson());
    assertThat(created.status()).isEqualTo(201);
    JsonObject body = created.json();
    String id = body.getString("id");
    assertThat(body.getString("node")).isEqualTo(NODE);
    assertThat(body.getString("status")).isEqualTo("RELEASED");
    assertThat(body.getJsonArray("modalities").getJsonObject(0).getString("iri"))
        .isEqualTo(DatasetFixture.CT);
    assertThat(body.getJsonArray("warnings")).isNotNull();

    // released: for signed-in readers, not yet for anonymous ones
    assertThat(anonymous.get("/api/datasets/" + id).status()).isEqualTo(404);
    assertThat(anonymous.get("/api/datasets?q=wombatcohort").json().getInt("total")).isZero();
    Reply read = researcher.get("/api/datasets/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("title")).isEqualTo("Crud wombatcohort");
    assertThat(researcher.get("/api/datasets?q=wombatcohort").json().getInt("total")).isEqualTo(1);
    assertThat(read.json().getInt("numberOfIndividuals")).isEqualTo(150);

    Reply updated =
        admin.put(
            "/api/datasets/" + id,
            dataset(NODE, "crud-1", "Crud wombatcohort v2")
                .set("numberOfIndividuals", 175)
                .toJson());
    assertThat(updated.status()).isEqualTo(200);
    assertThat(researcher.get("/api/datasets/" + id).json().getInt("numberOfIndividuals"))
        .isEqualTo(175);

    assertThat(admin.delete("/api/datasets/" + id).status()).isEqualTo(204);
    Reply gone = anonymous.get("/api/datasets/" + id);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.contentType()).startsWith("application/problem+json");
    assertThat(admin.get("/api/datasets?q=wombatcohort").json().getInt("total")).isZero();
    assertThat(admin.put("/api/datasets/" + id, dataset(NODE, "crud-1", "Back").toJson()).status())
        .isEqualTo(410);
  }

  @Test
  void rejectsInvalidRecordsNamingEveryBadField() {
    String json =
        dataset(NODE, "invalid-1", "Invalid cohort")
            .set("numberOfIndividuals", -3)
            .set("landingPage", "not a url")
            .remove("version")
            .toJson();
    Reply reply = admin.post("/api/datasets", json);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonObject problem = reply.json();
    assertThat(problem.getString("type")).isEqualTo("urn:imaging-hub:problem:invalid-input");
    assertThat(problem.getInt("status")).isEqualTo(400);
    List<String> fields =
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields).containsExactlyInAnyOrder("numberOfIndividuals", "landingPage", "version");
    assertThat(anonymous.get("/api/datasets/" + id("invalid-1")).status()).isEqualTo(404);
  }

  @Test
  void acceptsAnIncompleteDraftWithWarnings() {
    String json =
        dataset(NODE, "draft-1", "Draft cohort").set("status", "DRAFT").remove("version").toJson();
    Reply reply = operator.post("/api/datasets", json);
    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.json().getJsonArray("warnings").toString()).contains("\"version\"");
    String id = reply.json().getString("id");
    assertThat(anonymous.get("/api/datasets/" + id).status()).isEqualTo(404);
    assertThat(HubClient.as("researcher").get("/api/datasets/" + id).status()).isEqualTo(404);
    assertThat(operator.get("/api/datasets/" + id).status()).isEqualTo(200);
  }

  @Test
  void refusesMalformedJsonUnknownIdsAndOversizedBodies() {
    Reply malformed = admin.post("/api/datasets", "{\"title\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");

    Reply unknown = anonymous.get("/api/datasets/does-not-exist");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().getString("type")).isEqualTo("urn:imaging-hub:problem:not-found");

    String huge = dataset(NODE, "huge-1", "Huge").set("description", "x".repeat(30_000)).toJson();
    Reply tooLarge = admin.post("/api/datasets", huge);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(anonymous.get("/api/datasets/" + id("huge-1")).status()).isEqualTo(404);
  }

  @Test
  void enforcesWhoMayWrite() {
    String json = dataset(OTHER_NODE, "authz-1", "Authz cohort").toJson();
    assertThat(anonymous.post("/api/datasets", json).status()).isEqualTo(401);
    assertThat(HubClient.as("researcher").post("/api/datasets", json).status()).isEqualTo(403);
    assertThat(operator.post("/api/datasets", json).status()).isEqualTo(403);
    assertThat(HubClient.as("admin", "wrong").post("/api/datasets", json).status()).isEqualTo(401);
    assertThat(admin.post("/api/datasets", json).status()).isEqualTo(201);
    assertThat(admin.post("/api/datasets", json).status()).isEqualTo(409);
  }

  @Test
  void listsNodes() {
    Reply nodes = anonymous.get("/api/nodes");
    assertThat(nodes.status()).isEqualTo(200);
    assertThat(nodes.structure().asJsonArray()).hasSize(DemoFederation.nodes().size());
    Reply node = anonymous.get("/api/nodes/" + NODE);
    assertThat(node.json().getString("id")).isEqualTo(NODE);
    assertThat(anonymous.get("/api/nodes/no-such-node").status()).isEqualTo(404);
  }

  private static String id(String localId) {
    return eu.imaginghub.catalogue.dataset.domain.DatasetId.of(NODE, localId).value();
  }
}
