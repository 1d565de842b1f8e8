package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, the API description, the web UI and the DCAT-AP export, over real HTTP. */
@ExtendWith(RunningHub.class)
class PlatformIT {

  private final HubClient anonymous = HubClient.anonymous();

  @Test
  void reportsHealthOfDatabaseAndSearchIndex() {
    Reply health = anonymous.get("/health/ready");
    assertThat(health.status()).isEqualTo(200);
    JsonObject body = health.json();
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonArray("checks").toString()).contains("database", "search-index");
  }

  @Test
  void describesTheApi() {
    Reply openapi = anonymous.get("/openapi", "*/*");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/datasets", "/api/nodes", "Imaging Hub API");
  }

  @Test
  void servesTheWebUi() {
    Reply page = anonymous.get("/", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<html").contains("assets/app.js");
  }

  @Test
  void rebuildsTheSearchIndexForAdminsOnly() {
    assertThat(HubClient.as("researcher").post("/api/admin/search-index/rebuild", "").status())
        .isEqualTo(403);
    long indexedBefore = countIndexed();
    Reply rebuilt = HubClient.as("admin").post("/api/admin/search-index/rebuild", "");
    assertThat(rebuilt.status()).isEqualTo(200);
    assertThat(rebuilt.json().getJsonNumber("indexed").longValue()).isEqualTo(indexedBefore);
    assertThat(countIndexed()).isEqualTo(indexedBefore);
  }

  private long countIndexed() {
    JsonObject check =
        anonymous
            .get("/health/ready")
            .json()
            .getJsonArray("checks")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("name").equals("search-index"))
            .findFirst()
            .orElseThrow();
    return Long.parseLong(
        check.getJsonObject("data").get("documents").toString().replace("\"", ""));
  }

  @Test
  void tellsWhoIsSignedIn() {
    JsonObject me = HubClient.as("operator").get("/api/me").json();
    assertThat(me.getBoolean("authenticated")).isTrue();
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("NODE_OPERATOR");
    assertThat(me.getString("loginMode")).isEqualTo(RunningHub.usesKeycloak() ? "oidc" : "dev");
    assertThat(anonymous.get("/api/me").json().getBoolean("authenticated")).isFalse();
  }

  @Test
  void exportsADatasetAsDcatApInEverySyntax() {
    String node = DemoFederation.nodes().get(0).id();
    String id =
        HubClient.as("admin")
            .post("/api/datasets", dataset(node, "rdf-1", "Exported cohort").toJson())
            .json()
            .getString("id");
    String iri = RunningHub.baseUri() + "/api/datasets/" + id;
    // released: not for anonymous readers, in any syntax, until it is published
    assertThat(anonymous.get("/api/datasets/" + id, "text/turtle").status()).isEqualTo(404);
    assertThat(HubClient.as("admin").post("/api/datasets/" + id + "/publish", "{}").status())
        .isEqualTo(200);
    for (String[] syntax :
        new String[][] {
          {"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
          {"application/rdf+xml", "RDFXML"}, {"application/n-triples", "NT"}
        }) {
      Reply reply = anonymous.get("/api/datasets/" + id, syntax[0]);
      assertThat(reply.status()).as(syntax[0]).isEqualTo(200);
      assertThat(reply.contentType()).startsWith(syntax[0]);
      Model model = parse(reply.body(), syntax[1]);
      Resource dataset = model.getResource(iri);
      assertThat(dataset.getProperty(DCTerms.title).getString()).isEqualTo("Exported cohort");
    }
  }

  @Test
  void exportsTheCatalogueInPages() {
    Reply reply = anonymous.get("/api/datasets?size=5", "text/turtle");
    assertThat(reply.status()).isEqualTo(200);
    Model model = parse(reply.body(), "TTL");
    Resource catalogue = model.getResource(RunningHub.baseUri() + "/api/datasets");
    assertThat(
            catalogue
                .listProperties(model.createProperty("http://www.w3.org/ns/dcat#dataset"))
                .toList())
        .hasSize(5);
    assertThat(reply.body()).contains("hydra");
  }

  private static Model parse(String body, String lang) {
    Model model = ModelFactory.createDefaultModel();
    Lang l =
        switch (lang) {
          case "TTL" -> Lang.TURTLE;
          case "JSONLD" -> Lang.JSONLD;
          case "RDFXML" -> Lang.RDFXML;
          default -> Lang.NTRIPLES;
        };
    RDFParser.create().fromString(body).lang(l).parse(model);
    return model;
  }
}
