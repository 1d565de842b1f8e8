package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The landing pages of datasets as readers, crawlers and reference managers get them: the HTML page
 * with the metadata, the versions and the FAIR Signposting links, the embedded JSON-LD read by a
 * JSON-LD processor, the citations and the DCAT-AP record by content negotiation, drafts hidden
 * from those who may not see them, and the tombstone of an invalidated dataset.
 */
@ExtendWith(RunningHub.class)
class LandingPageIT {

  static final String NODE = "es-valencia";
  static final String DUO_GRU = "http://purl.obolibrary.org/obo/DUO_0000042";
  private static final String SDO = "https://schema.org/";
  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

  private static final String NO_DOI = "no DOI";

  private static String published;

  @BeforeAll
  static void publishADataset() {
    published = LandingDatasets.publish("Landing cohort <b>bold</b> & co");
  }

  @Test
  void thePageShowsTheMetadataAndSignpostsTheRecords() {
    HttpResponse<String> page =
        HubClient.anonymous().fetch("GET", "/datasets/" + published, "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("<h1 id=\"dataset-title\">Landing cohort &lt;b&gt;bold&lt;/b&gt; &amp; co</h1>")
        .contains(
            "<meta name=\"citation_title\" content=\"Landing cohort &lt;b&gt;bold&lt;/b&gt; &amp; co\">")
        .contains("<meta name=\"citation_author\" content=\"Ana Pérez\">")
        .contains("<dt>Data-use conditions</dt>")
        .contains("Version 1 (current)")
        .contains(
            "href=\""
                + RunningHub.baseUri().resolve("/#/requests/new?datasets=" + published)
                + "\"")
        .contains("/datasets/" + published + "?format=turtle")
        .doesNotContain("<b>bold</b>");
    List<String> links = links(page);
    String self = RunningHub.baseUri().resolve("/datasets/" + published).toString();
    assertThat(links)
        .contains(
            "<" + self + "?format=turtle>; rel=\"describedby\"; type=\"text/turtle\"",
            "<" + self + "?format=rdfxml>; rel=\"describedby\"; type=\"application/rdf+xml\"",
            "<" + self + "?format=jsonld>; rel=\"describedby\"; type=\"application/ld+json\"",
            "<https://schema.org/Dataset>; rel=\"type\"",
            "<https://schema.org/AboutPage>; rel=\"type\"");
    assertThat(citeAs(page)).isIn(self, doiUrl(published, 1));

    // a DOI minted in between changes cite-as, nothing else
    HttpResponse<String> head =
        HubClient.anonymous().fetch("HEAD", "/datasets/" + published, "text/html");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(links(head).subList(1, links.size())).isEqualTo(links.subList(1, links.size()));
  }

  @Test
  void aJsonLdProcessorFindsTheDatasetInThePage() {
    String html = HubClient.anonymous().get("/datasets/" + published, "text/html").body();
    Model model = jsonLd(html);

    List<Resource> datasets =
        model.listSubjectsWithProperty(RDF.type, model.createResource(SDO + "Dataset")).toList();
    assertThat(datasets).hasSize(1);
    Resource d = datasets.get(0);
    assertThat(d.getProperty(model.createProperty(SDO + "name")).getString())
        .isEqualTo("Landing cohort <b>bold</b> & co");
    assertThat(d.getProperty(model.createProperty(SDO + "isAccessibleForFree")).getBoolean())
        .isFalse();
    assertThat(d.getProperty(model.createProperty(SDO + "conditionsOfAccess")).getString())
        .startsWith("Restricted: the data are available on request");
    assertThat(model.listObjectsOfProperty(d, model.createProperty(SDO + "distribution")).toList())
        .hasSize(3);
  }

  @Test
  void onceMintedTheDoiIsWhatThePageCitesAndItsJsonLdNames() throws InterruptedException {
    String id = LandingDatasets.publish("Landing cohort with a DOI");
    ApprovedAccess.await("a DOI for " + id, () -> !doiUrl(id, 1).equals(NO_DOI));
    String doiUrl = doiUrl(id, 1);
    String doi = doiUrl.substring("https://doi.org/".length());

    HttpResponse<String> page = HubClient.anonymous().fetch("GET", "/datasets/" + id, "text/html");
    assertThat(citeAs(page)).isEqualTo(doiUrl);
    assertThat(page.body())
        .contains("<meta name=\"citation_doi\" content=\"" + doi + "\">")
        .contains("<a href=\"" + doiUrl + "\" id=\"dataset-doi\">" + doiUrl + "</a>");
    Model model = jsonLd(page.body());
    Resource dataset = model.createResource(doiUrl);
    assertThat(model.contains(dataset, RDF.type, model.createResource(SDO + "Dataset"))).isTrue();
    assertThat(dataset.getProperty(model.createProperty(SDO + "identifier")).getString())
        .isEqualTo(doiUrl);
    assertThat(HubClient.anonymous().get("/datasets/" + id, "text/x-bibliography").body())
        .endsWith(" " + doiUrl);
    assertThat(HubClient.anonymous().get("/datasets/" + id, "application/x-bibtex").body())
        .contains("  doi = {" + doi + "},\n");
  }

  @Test
  void citationsAndTheDcatRecordAnswerByContentNegotiation() {
    HubClient reader = HubClient.anonymous();
    String path = "/datasets/" + published;

    HubClient.Reply bibtex = reader.get(path, "application/x-bibtex");
    assertThat(bibtex.contentType()).startsWith("application/x-bibtex");
    assertThat(bibtex.body())
        .startsWith("@misc{ana")
        .contains("title = {{Landing cohort <b>bold</b> \\& co}}");
    HubClient.Reply text = reader.get(path, "text/x-bibliography");
    assertThat(text.body())
        .startsWith("Ana Pérez (2022). Landing cohort <b>bold</b> & co (Version 1) [Data set].");
    assertThat(reader.get(path, "application/x-research-info-systems").body())
        .startsWith("TY  - DATA\r\nAU  - Ana Pérez\r\n");
    JsonObject csl =
        Json.createReader(
                new StringReader(
                    reader.get(path, "application/vnd.citationstyles.csl+json").body()))
            .readObject();
    assertThat(csl.getString("type")).isEqualTo("dataset");

    HubClient.Reply turtle = reader.get(path, "text/turtle");
    assertThat(turtle.contentType()).startsWith("text/turtle");
    assertThat(dcatDatasets(turtle.body(), Lang.TURTLE)).isEqualTo(1);
    assertThat(dcatDatasets(reader.get(path, "application/ld+json").body(), Lang.JSONLD))
        .isEqualTo(1);
    HubClient.Reply rdfXml = reader.get(path + "?format=rdfxml", "text/html");
    assertThat(rdfXml.contentType()).startsWith("application/rdf+xml");
    assertThat(dcatDatasets(rdfXml.body(), Lang.RDFXML)).isEqualTo(1);
  }

  @Test
  void theApiGivesEachCitationFormat() {
    HubClient reader = HubClient.anonymous();
    String api = "/api/datasets/" + published + "/citation";

    HubClient.Reply ris = reader.get(api + "?format=ris", "*/*");
    assertThat(ris.status()).isEqualTo(200);
    assertThat(ris.contentType()).startsWith("application/x-research-info-systems");
    assertThat(reader.get(api, "*/*").body()).startsWith("Ana Pérez (2022).");
    assertThat(reader.get(api + "?format=csl-json&version=1", "*/*").contentType())
        .startsWith("application/vnd.citationstyles.csl+json");
    assertThat(reader.get(api + "?format=docx", "*/*").status()).isEqualTo(400);
    assertThat(reader.get(api + "?version=99", "*/*").status()).isEqualTo(404);
  }

  @Test
  void aDraftIsHiddenFromAnonymousReadersButShownToItsOperator() {
    String draft = LandingDatasets.create("DRAFT", "Landing draft");

    HttpResponse<String> anonymous =
        HubClient.anonymous().fetch("GET", "/datasets/" + draft, "text/html");
    assertThat(anonymous.statusCode()).isEqualTo(404);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(anonymous.body())
        .contains("<h1>Dataset not found</h1>")
        .doesNotContain("Landing draft");
    assertThat(HubClient.anonymous().get("/api/datasets/" + draft + "/citation", "*/*").status())
        .isEqualTo(404);

    HttpResponse<String> operator =
        HubClient.as("operator").fetch("GET", "/datasets/" + draft, "text/html");
    assertThat(operator.statusCode()).isEqualTo(200);
    assertThat(operator.body()).contains("Landing draft").contains("This is a draft");
    assertThat(operator.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void aDatasetItsNodeWithdrewIsAGonePage() {
    String withdrawn = LandingDatasets.create("RELEASED", "Landing withdrawn cohort");
    assertThat(HubClient.as("operator").delete("/api/datasets/" + withdrawn).status())
        .isEqualTo(204);

    HttpResponse<String> gone =
        HubClient.anonymous().fetch("GET", "/datasets/" + withdrawn, "text/html");
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("<h1>Dataset no longer listed</h1>");
  }

  @Test
  void anUnknownDatasetOrPathIsANotFoundPage() {
    assertThat(
            HubClient.anonymous()
                .fetch("GET", "/datasets/" + UUID.randomUUID(), "text/html")
                .statusCode())
        .isEqualTo(404);
    assertThat(HubClient.anonymous().fetch("GET", "/datasets/x/y/z", "text/html").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aReleasedDatasetIsShownToSignedInReadersOnly() {
    String released = LandingDatasets.create("RELEASED", "Landing released cohort");

    assertThat(
            HubClient.anonymous().fetch("GET", "/datasets/" + released, "text/html").statusCode())
        .isEqualTo(404);
    HttpResponse<String> researcher =
        HubClient.as("researcher").fetch("GET", "/datasets/" + released, "text/html");
    assertThat(researcher.statusCode()).isEqualTo(200);
    assertThat(researcher.body()).contains("Landing released cohort").contains("not yet published");
  }

  @Test
  void anOlderVersionLinksForwardAndAnInvalidatedDatasetIsATombstone() {
    String localId = "landing-" + UUID.randomUUID();
    String id = LandingDatasets.publish(localId, "Versioned landing cohort");
    String record =
        LandingDatasets.record(localId, "Versioned landing cohort")
            .set("description", "Now with the second screening round.")
            .remove("status")
            .toJson();
    HubClient operator = HubClient.as("operator");
    HubClient.Reply second =
        operator.post(
            "/api/datasets/" + id + "/versions",
            "{\"reason\":\"second round\",\"record\":" + record + "}");
    assertThat(second.status()).as(second.body()).isEqualTo(201);

    String self = RunningHub.baseUri().resolve("/datasets/" + id).toString();
    HttpResponse<String> first =
        HubClient.anonymous().fetch("GET", "/datasets/" + id + "/versions/1", "text/html");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .contains("This is version 1, superseded on ")
        .contains("<a href=\"" + self + "\">version 2</a>")
        .contains("Imaging cohort Versioned landing cohort for fixture tests.")
        .doesNotContain("second screening round");
    assertThat(citeAs(first)).isIn(self + "/versions/1", doiUrl(id, 1));
    assertThat(links(first)).noneMatch(l -> l.contains("describedby"));
    assertThat(
            HubClient.anonymous().get("/api/datasets/" + id + "/citation?version=1", "*/*").body())
        .contains("(Version 1) [Data set]");

    String current = HubClient.anonymous().get("/datasets/" + id, "text/html").body();
    assertThat(current)
        .contains("Version 2 (current)")
        .contains("Now with the second screening round.")
        .contains("<a href=\"" + self + "/versions/1\">Version 1</a>");

    HubClient.Reply invalidated =
        operator.post(
            "/api/datasets/" + id + "/invalidate", "{\"reason\":\"Consent withdrawn <for> part\"}");
    assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(200);
    HttpResponse<String> tombstone =
        HubClient.anonymous().fetch("GET", "/datasets/" + id, "text/html");
    assertThat(tombstone.statusCode()).isEqualTo(200);
    assertThat(tombstone.body())
        .contains("<h2 id=\"tombstone-title\">This dataset was invalidated</h2>")
        .contains("Reason: Consent withdrawn &lt;for&gt; part")
        .contains("id=\"citation-text\"")
        .doesNotContain("id=\"request-access\"");
    assertThat(
            HubClient.anonymous()
                .fetch("GET", "/datasets/" + id + "/versions/1", "text/html")
                .body())
        .contains("This dataset was invalidated");
  }

  /** The page's cite-as link target. */
  private static String citeAs(HttpResponse<String> page) {
    return links(page).stream()
        .filter(l -> l.endsWith("rel=\"cite-as\""))
        .map(l -> l.substring(1, l.indexOf('>')))
        .findFirst()
        .orElseThrow();
  }

  /** The DOI URL of a version, if one was minted by now (a DOI never changes once it is set). */
  private static String doiUrl(String id, int version) {
    return HubClient.anonymous()
        .get("/api/datasets/" + id + "/versions")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            v -> v.getInt("version") == version && v.get("doi") instanceof jakarta.json.JsonString)
        .map(v -> "https://doi.org/" + v.getString("doi"))
        .findFirst()
        .orElse(NO_DOI);
  }

  static Model jsonLd(String html) {
    Matcher m = JSON_LD.matcher(html);
    assertThat(m.find()).as("the page embeds JSON-LD").isTrue();
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(m.group(1), Lang.JSONLD).parse(model);
    return model;
  }

  private static long dcatDatasets(String body, Lang lang) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(body, lang).parse(model);
    return model
        .listSubjectsWithProperty(
            RDF.type, model.createResource("http://www.w3.org/ns/dcat#Dataset"))
        .toList()
        .size();
  }

  static List<String> links(HttpResponse<String> answer) {
    return List.of(answer.headers().firstValue("Link").orElse("").split(", "));
  }

  /** Datasets of the landing tests, created by the node's operator with unique local ids. */
  static final class LandingDatasets {

    private LandingDatasets() {}

    /** The record of a dataset of the node, with creators and a data-use condition. */
    static DatasetFixture record(String localId, String title) {
      return dataset(NODE, localId, title)
          .set(
              "creators",
              Json.createArrayBuilder()
                  .add(Json.createObjectBuilder().add("name", "Ana Pérez"))
                  .build())
          .set(
              "dataUse",
              Json.createArrayBuilder()
                  .add(Json.createObjectBuilder().add("iri", DUO_GRU))
                  .build());
    }

    static String create(String status, String title) {
      return create(status, "landing-" + UUID.randomUUID(), title);
    }

    static String create(String status, String localId, String title) {
      String json = record(localId, title).set("status", status).toJson();
      HubClient.Reply created = HubClient.as("operator").post("/api/datasets", json);
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      return created.json().getString("id");
    }

    /** A published dataset: everyone may see it. */
    static String publish(String title) {
      return publish("landing-" + UUID.randomUUID(), title);
    }

    static String publish(String localId, String title) {
      String id = create("RELEASED", localId, title);
      HubClient.Reply published =
          HubClient.as("operator").post("/api/datasets/" + id + "/publish", "{}");
      assertThat(published.status()).as(published.body()).isEqualTo(200);
      return id;
    }
  }
}
