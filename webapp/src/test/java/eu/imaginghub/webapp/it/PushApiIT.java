package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Node registration, node API tokens and the push API over HTTP, on nodes of its own. */
@ExtendWith(RunningHub.class)
class PushApiIT {

  private static final Path FIXTURES = Path.of("..", "harvester", "src", "test", "resources");
  private final HubClient admin = HubClient.as("admin");
  private final HubClient anonymous = HubClient.anonymous();

  /** Pushed records are released (or published): signed-in researchers read them all. */
  private final HubClient reader = HubClient.as("researcher");

  @Test
  void registersNodesOnlyForAdminsAndOnlyOnce() {
    String body = node("push-register");
    assertThat(HubClient.as("operator").post("/api/nodes", body).status()).isEqualTo(403);
    assertThat(anonymous.post("/api/nodes", body).status()).isEqualTo(401);
    Reply created = admin.post("/api/nodes", body);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("countryName")).isEqualTo("Portugal");
    assertThat(anonymous.get("/api/nodes/push-register").json().getString("organisation"))
        .isEqualTo("Push Test Organisation");
    Reply again = admin.post("/api/nodes", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
  }

  @Test
  void pushesOneJsonRecordIdempotentlyAndWithdrawsIt() {
    HubClient node = nodeWithToken("push-json");
    String record = dataset("push-json", "one", "Push quokkacohort").toJson();
    Reply first = node.put("/api/nodes/push-json/datasets/one", record);
    assertThat(first.status()).isEqualTo(200);
    assertThat(outcomes(first)).containsExactly("added");
    String id = onlyId("push-json");
    assertThat(reader.get("/api/datasets/" + id).json().getString("title"))
        .isEqualTo("Push quokkacohort");
    long traces = traces(id);
    assertThat(traces).isEqualTo(1);

    Reply second = node.put("/api/nodes/push-json/datasets/one", record);
    assertThat(outcomes(second)).containsExactly("unchanged");
    assertThat(traces(id)).isEqualTo(traces);

    Reply withdrawn = node.delete("/api/nodes/push-json/datasets/one");
    assertThat(outcomes(withdrawn)).containsExactly("withdrawn");
    assertThat(reader.get("/api/datasets/" + id).status()).isEqualTo(410);
    assertThat(reader.get("/api/datasets?node=push-json").json().getInt("total")).isZero();

    assertThat(outcomes(node.put("/api/nodes/push-json/datasets/one", record)))
        .containsExactly("updated");
    assertThat(reader.get("/api/datasets/" + id).status()).isEqualTo(200);

    // withdrawn through the catalogue, not the push API: the same payload still restores it
    assertThat(admin.delete("/api/datasets/" + id).status()).isEqualTo(204);
    assertThat(outcomes(node.put("/api/nodes/push-json/datasets/one", record)))
        .containsExactly("updated");
    assertThat(reader.get("/api/datasets?node=push-json").json().getInt("total")).isEqualTo(1);
  }

  @Test
  void pushesManyAsJsonArrayAndNdjsonRefusingOnlyTheInvalidRecord() {
    HubClient node = nodeWithToken("push-many");
    String a = dataset("push-many", "a", "Many numbatcohort A").toJson();
    String b = dataset("push-many", "b", "Many numbatcohort B").toJson();
    String bad =
        dataset("push-many", "bad", "Many numbatcohort bad").set("landingPage", "nope").toJson();
    Reply array = node.post("/api/nodes/push-many/datasets", "[" + a + "," + bad + "]");
    assertThat(array.status()).isEqualTo(200);
    assertThat(outcomes(array)).containsExactly("added", "invalid");
    JsonObject refused = array.json().getJsonArray("records").getJsonObject(1);
    assertThat(refused.getString("localId")).isEqualTo("bad");
    assertThat(refused.getJsonArray("violations").getJsonObject(0).getString("path"))
        .isEqualTo("landingPage");

    Reply ndjson =
        node.send("POST", "/api/nodes/push-many/datasets", "application/x-ndjson", a + "\n" + b);
    assertThat(outcomes(ndjson)).containsExactly("unchanged", "added");
    assertThat(ndjson.json().getInt("added")).isEqualTo(1);
    assertThat(ndjson.json().getInt("unchanged")).isEqualTo(1);
    assertThat(titles("push-many"))
        .containsExactlyInAnyOrder("Many numbatcohort A", "Many numbatcohort B");
  }

  @Test
  void pushesTurtleFixturesAndServesTheirProvenance() {
    HubClient node = nodeWithToken("push-rdf");
    String turtle = fixture("eucaim-complete.ttl") + "\n" + fixture("healthdcat-ap.ttl");
    Reply reply = node.send("POST", "/api/nodes/push-rdf/datasets", "text/turtle", turtle);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getInt("added")).isEqualTo(2);
    assertThat(titles("push-rdf"))
        .containsExactlyInAnyOrder("Prostate MRI cohort 2015-2020", "National diabetes registry");

    Reply provenance = node.get("/api/nodes/push-rdf/datasets/prostate-mri-2024/provenance");
    assertThat(provenance.status()).isEqualTo(200);
    JsonObject p = provenance.json();
    assertThat(p.getString("source")).isEqualTo("push");
    assertThat(p.getString("run")).isEqualTo(reply.json().getString("run"));
    assertThat(p.getString("mediaType")).isEqualTo("application/n-triples");
    assertThat(p.getString("contentHash")).hasSize(64);
    assertThat(p.getString("rawRecord")).contains("prostate-mri-2024");
    Reply report =
        node.get("/api/nodes/push-rdf/datasets/prostate-mri-2024/provenance", "text/turtle");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body()).contains("ValidationReport");
    assertThat(anonymous.get("/api/nodes/push-rdf/datasets/prostate-mri-2024/provenance").status())
        .isEqualTo(401);

    Reply again = node.send("POST", "/api/nodes/push-rdf/datasets", "text/turtle", turtle);
    assertThat(again.json().getInt("unchanged")).isEqualTo(2);
  }

  @Test
  void eachRunKeepsItsValidationReportAsJsonAndAsOneShaclReport() {
    HubClient node = nodeWithToken("push-report");
    String turtle =
        fixture("eucaim-complete.ttl")
            + "\n"
            + fixture("healthdcat-ap.ttl")
            + "\n"
            + fixture("unlisted-standin.ttl");
    Reply pushed = node.send("POST", "/api/nodes/push-report/datasets", "text/turtle", turtle);
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);
    String run = pushed.json().getString("run");

    Reply validation = node.get("/api/harvests/" + run + "/validation");
    assertThat(validation.status()).as(validation.body()).isEqualTo(200);
    List<JsonObject> records =
        validation.json().getJsonArray("records").getValuesAs(JsonObject.class);
    assertThat(validation.json().getInt("total")).isEqualTo(records.size());
    JsonObject refused =
        records.stream().filter(r -> r.getString("outcome").equals("INVALID")).findFirst().get();
    assertThat(refused.getJsonArray("findings").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("severity"))
        .contains("VIOLATION");
    JsonObject warned =
        records.stream().filter(r -> r.getString("outcome").equals("ADDED")).findFirst().get();
    assertThat(warned.getJsonArray("findings").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("severity"))
        .containsOnly("WARNING");

    Reply shacl = node.get("/api/harvests/" + run + "/validation", "text/turtle");
    assertThat(shacl.status()).isEqualTo(200);
    assertThat(shacl.body()).contains("sh:ValidationReport", "sh:result", "sh:conforms");
    assertThat(shacl.body()).containsPattern("sh:conforms\\s+false");
    assertThat(anonymous.get("/api/harvests/" + run + "/validation").status()).isEqualTo(401);
    assertThat(node.get("/api/harvests/" + run + "/validation?size=0").status()).isEqualTo(400);
  }

  @Test
  void theSameGraphInAnotherSyntaxIsUnchanged() {
    HubClient node = nodeWithToken("push-syntax");
    String path = "/api/nodes/push-syntax/datasets/prostate-mri-2024";
    Reply turtle = node.send("PUT", path, "text/turtle", fixture("eucaim-complete.ttl"));
    assertThat(outcomes(turtle)).containsExactly("added");
    String hash = node.get(path + "/provenance").json().getString("contentHash");
    Reply rdfXml = node.send("PUT", path, "application/rdf+xml", fixture("eucaim-complete.rdf"));
    assertThat(outcomes(rdfXml)).containsExactly("unchanged");
    Reply jsonLd = node.send("PUT", path, "application/ld+json", fixture("eucaim-complete.jsonld"));
    assertThat(outcomes(jsonLd)).containsExactly("unchanged");
    assertThat(node.get(path + "/provenance").json().getString("contentHash")).isEqualTo(hash);
    assertThat(node.get(path + "/provenance").json().getString("run"))
        .isEqualTo(turtle.json().getString("run"));
    Reply wrongId = node.send("PUT", path + "-x", "text/turtle", fixture("eucaim-complete.ttl"));
    assertThat(wrongId.status()).isEqualTo(400);
    assertThat(titles("push-syntax")).containsExactly("Prostate MRI cohort 2015-2020");
  }

  @Test
  void fullSyncWithdrawsWhatItDoesNotList() {
    HubClient node = nodeWithToken("push-sync");
    String keep = dataset("push-sync", "keep", "Sync bilbycohort keep").toJson();
    String drop = dataset("push-sync", "drop", "Sync bilbycohort drop").toJson();
    node.post("/api/nodes/push-sync/datasets", "[" + keep + "," + drop + "]");
    String dropId = id("push-sync", "Sync bilbycohort drop");

    Reply sync = node.put("/api/nodes/push-sync/datasets", "[" + keep + "]");
    assertThat(sync.status()).isEqualTo(200);
    assertThat(sync.json().getInt("unchanged")).isEqualTo(1);
    assertThat(sync.json().getInt("withdrawn")).isEqualTo(1);
    assertThat(titles("push-sync")).containsExactly("Sync bilbycohort keep");
    assertThat(reader.get("/api/datasets/" + dropId).status()).isEqualTo(410);
    assertThat(reader.get("/api/datasets?q=bilbycohort").json().getInt("total")).isEqualTo(1);
  }

  @Test
  void refusesOtherNodesRevokedTokensAndInvalidRecords() {
    HubClient nodeA = nodeWithToken("push-a");
    nodeWithToken("push-b");
    String record = dataset("push-b", "x", "Refused dunnartcohort").toJson();
    Reply foreign = nodeA.put("/api/nodes/push-b/datasets/x", record);
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.contentType()).startsWith("application/problem+json");

    Reply invalid =
        nodeA.put(
            "/api/nodes/push-a/datasets/x",
            dataset("push-a", "x", "Refused dunnartcohort")
                .set("numberOfIndividuals", -1)
                .toJson());
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    Reply broken =
        nodeA.send("POST", "/api/nodes/push-a/datasets", "text/turtle", fixture("malformed.ttl"));
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().getString("type")).isEqualTo("urn:imaging-hub:problem:invalid-input");
    assertThat(reader.get("/api/datasets?q=dunnartcohort").json().getInt("total")).isZero();
    assertThat(reader.get("/api/datasets?node=push-b").json().getInt("total")).isZero();

    JsonObject token = admin.post("/api/nodes/push-a/tokens", "{\"label\":\"second\"}").json();
    HubClient second = HubClient.bearer(token.getString("token"));
    assertThat(second.delete("/api/nodes/push-a/datasets/none").status()).isEqualTo(404);
    assertThat(admin.delete("/api/nodes/push-a/tokens/" + token.getString("id")).status())
        .isEqualTo(204);
    Reply revoked = second.put("/api/nodes/push-a/datasets/x", record);
    assertThat(revoked.status()).isEqualTo(401);
    List<JsonObject> listed =
        admin.get("/api/nodes/push-a/tokens").structure().asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .toList();
    assertThat(listed).extracting(t -> t.getString("label")).containsExactly("ci", "second");
    assertThat(listed.get(0).containsKey("revokedAt")).isFalse();
    assertThat(listed.get(1).getString("revokedAt")).isNotBlank();
    assertThat(listed).allSatisfy(t -> assertThat(t.containsKey("token")).isFalse());
    assertThat(nodeA.get("/api/nodes/push-a/tokens").status()).isEqualTo(403);
  }

  @Test
  void keepsEveryLanguageIdentifierAndDatePrecisionAndSearchesEachLanguage() {
    HubClient node = nodeWithToken("push-lang");
    Reply pushed =
        node.send(
            "POST", "/api/nodes/push-lang/datasets", "text/turtle", fixture("multilingual.ttl"));
    assertThat(pushed.json().getInt("added")).isEqualTo(1);
    String id = onlyId("push-lang");

    String query = "/api/datasets?q=c%C3%A1ncer%20de%20pr%C3%B3stata&node=push-lang";
    Reply found = reader.get(query, "application/json", "es");
    assertThat(found.json().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("id"), i -> i.getString("title"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                id, "Cohorte de resonancia magnética de cáncer de próstata"));
    // stemmed by the Spanish analyser: the plural finds the singular
    assertThat(reader.get("/api/datasets?q=c%C3%A1nceres&node=push-lang").json().getInt("total"))
        .isEqualTo(1);
    JsonObject spanish =
        reader.get("/api/datasets/" + id, "application/json", "es-ES, en;q=0.5").json();
    assertThat(spanish.getString("language")).isEqualTo("es");
    assertThat(spanish.getString("title"))
        .isEqualTo("Cohorte de resonancia magnética de cáncer de próstata");
    assertThat(spanish.getJsonObject("titles").keySet()).containsExactly("en", "es");
    assertThat(spanish.getString("issued")).isEqualTo("2021-03");
    assertThat(spanish.getString("modified")).isEqualTo("2024-05-10T08:30:00Z");
    assertThat(spanish.getJsonArray("identifiers").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("notation"))
        .containsExactlyInAnyOrder(
            "prostate-es", "https://doi.org/10.5281/zenodo.1234567", "ES-REG-0042");
    JsonObject other = reader.get("/api/datasets/" + id, "application/json", "fi").json();
    assertThat(other.getString("title")).isEqualTo("Prostate cancer MRI cohort");

    // every finding, one per gap, for anyone who may see the dataset
    List<JsonObject> findings =
        reader
            .get("/api/nodes/push-lang/datasets/prostate-es/findings")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(findings)
        .extracting(f -> f.getString("focus", "") + " " + f.getString("path", ""))
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .contains(
            "https://node.example.org/datasets/prostate-es https://w3id.org/healthdcat-ap#numberOfUniqueIndividuals");

    String turtle = reader.get("/api/datasets/" + id, "text/turtle").body();
    assertThat(turtle)
        .contains("\"Cohorte de resonancia magnética de cáncer de próstata\"@es")
        .contains("\"Prostate cancer MRI cohort\"@en");
  }

  @Test
  void readsLanguagesAndPartialDatesFromTheJsonForm() {
    HubClient node = nodeWithToken("push-lang-json");
    String record =
        dataset("push-lang-json", "de", "Lung CT screening")
            .set(
                "titles", Json.createObjectBuilder().add("de", "Lungenkrebs-Früherkennung").build())
            .set("issued", "2020")
            .toJson();
    assertThat(outcomes(node.put("/api/nodes/push-lang-json/datasets/de", record)))
        .containsExactly("added");
    String id = onlyId("push-lang-json");
    JsonObject german = reader.get("/api/datasets/" + id, "application/json", "de").json();
    assertThat(german.getString("title")).isEqualTo("Lungenkrebs-Früherkennung");
    assertThat(german.getJsonObject("titles").getString("en")).isEqualTo("Lung CT screening");
    assertThat(german.getString("issued")).isEqualTo("2020");
    String bad = dataset("push-lang-json", "bad", "Bad").set("issued", "March 2020").toJson();
    Reply refused = node.put("/api/nodes/push-lang-json/datasets/bad", bad);
    assertThat(refused.body()).contains("issued");
  }

  @Test
  void servesTheRecordSchema() {
    Reply schema = anonymous.get("/api/schemas/dataset.json", "application/schema+json");
    assertThat(schema.status()).isEqualTo(200);
    JsonObject properties = schema.json().getJsonObject("properties");
    assertThat(properties.keySet()).contains("localId", "title", "modalities", "distributions");
  }

  private HubClient nodeWithToken(String nodeId) {
    assertThat(admin.post("/api/nodes", node(nodeId)).status()).isEqualTo(201);
    Reply issued = admin.post("/api/nodes/" + nodeId + "/tokens", "{\"label\":\"ci\"}");
    assertThat(issued.status()).isEqualTo(201);
    return HubClient.bearer(issued.json().getString("token"));
  }

  private static String node(String id) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("name", "Node " + id)
        .add("country", "PT")
        .add("organisation", "Push Test Organisation")
        .add("contactEmail", "ops@" + id + ".example.org")
        .add("baseUrl", "https://" + id + ".example.org")
        .build()
        .toString();
  }

  private static List<String> outcomes(Reply reply) {
    return reply.json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("outcome"))
        .toList();
  }

  private List<String> titles(String node) {
    return items(node).stream().map(i -> i.getString("title")).toList();
  }

  private String onlyId(String node) {
    List<JsonObject> items = items(node);
    assertThat(items).hasSize(1);
    return items.get(0).getString("id");
  }

  private String id(String node, String title) {
    return items(node).stream()
        .filter(i -> i.getString("title").equals(title))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private List<JsonObject> items(String node) {
    return reader
        .get("/api/datasets?node=" + node)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  private long traces(String datasetId) {
    return admin.get("/api/traces?dataset=" + datasetId).json().getJsonNumber("total").longValue();
  }

  private static String fixture(String name) {
    try {
      return Files.readString(FIXTURES.resolve("fixtures").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
