package eu.imaginghub.webapp.it;

import static eu.imaginghub.webapp.it.DatasetFixture.BRAIN;
import static eu.imaginghub.webapp.it.DatasetFixture.CT;
import static eu.imaginghub.webapp.it.DatasetFixture.GLIOMA;
import static eu.imaginghub.webapp.it.DatasetFixture.MR;
import static eu.imaginghub.webapp.it.DatasetFixture.PET;
import static eu.imaginghub.webapp.it.DatasetFixture.PHILIPS;
import static eu.imaginghub.webapp.it.DatasetFixture.SIEMENS;
import static eu.imaginghub.webapp.it.DatasetFixture.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.webapp.it.HubClient.Reply;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Faceted search over known data: exact totals, facet counts, filters, order and paging. */
@ExtendWith(RunningHub.class)
class SearchIT {

  /** A word only this class's datasets carry, so other tests' data never counts here. */
  private static final String TOKEN = "quokkafacet";

  private static final List<String> NODES =
      DemoFederation.nodes().stream().map(DemoFederation.DemoNode::id).toList();
  private static final HubClient ANONYMOUS = HubClient.anonymous();
  private static final HubClient RESEARCHER = HubClient.as("researcher");

  @BeforeAll
  static void createKnownDatasets() {
    HubClient admin = HubClient.as("admin");
    List<String> records =
        List.of(
            dataset(NODES.get(0), "s1", TOKEN + " one").toJson(),
            dataset(NODES.get(0), "s2", TOKEN + " two")
                .alsoModality(PET)
                .manufacturer(PHILIPS)
                .set("numberOfIndividuals", 5000)
                .set("issued", "2024-01-01")
                .toJson(),
            dataset(NODES.get(1), "s3", TOKEN + " three")
                .modality(MR)
                .bodyPart(BRAIN)
                .condition(GLIOMA)
                .set("numberOfIndividuals", 50)
                .set("minTypicalAge", 2)
                .set("maxTypicalAge", 15)
                .toJson(),
            dataset(NODES.get(1), "s4", TOKEN + " four")
                .modality(MR)
                .bodyPart(BRAIN)
                .condition(GLIOMA)
                .manufacturer(PHILIPS)
                .set("numberOfIndividuals", 800)
                .set("accessRights", "PUBLIC")
                .toJson(),
            dataset(NODES.get(2), "s5", TOKEN + " five").set("numberOfIndividuals", 20000).toJson(),
            dataset(NODES.get(0), "s6", TOKEN + " six draft").set("status", "DRAFT").toJson());
    for (String record : records) {
      assertThat(admin.post("/api/datasets", record).status()).isEqualTo(201);
    }
    // published: s1, s2 and s4; s7 was published and invalidated
    assertThat(
            admin
                .post("/api/datasets", dataset(NODES.get(2), "s7", TOKEN + " seven").toJson())
                .status())
        .isEqualTo(201);
    publish(admin, DatasetId.of(NODES.get(0), "s1"));
    publish(admin, DatasetId.of(NODES.get(0), "s2"));
    publish(admin, DatasetId.of(NODES.get(1), "s4"));
    publish(admin, DatasetId.of(NODES.get(2), "s7"));
    Reply invalidated =
        admin.post(
            "/api/datasets/" + DatasetId.of(NODES.get(2), "s7") + "/invalidate",
            "{\"reason\":\"search test\"}");
    assertThat(invalidated.status()).as(invalidated.body()).isEqualTo(200);
  }

  private static void publish(HubClient admin, DatasetId id) {
    Reply published = admin.post("/api/datasets/" + id + "/publish", "{}");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
  }

  @Test
  void countsEveryFacetOverTheTextMatches() {
    JsonObject page = search("q=" + TOKEN);
    assertThat(page.getInt("total")).isEqualTo(5);
    assertThat(facet(page, "modality")).isEqualTo(Map.of(CT, 3L, MR, 2L, PET, 1L));
    assertThat(facet(page, "bodyPart")).isEqualTo(Map.of(DatasetFixture.LUNG, 3L, BRAIN, 2L));
    assertThat(facet(page, "age")).isEqualTo(Map.of("0-17", 1L, "40-64", 4L, "65+", 4L));
    assertThat(facet(page, "individuals"))
        .isEqualTo(Map.of("0-99", 1L, "100-999", 2L, "1000-9999", 1L, "10000+", 1L));
    assertThat(facet(page, "accessRights")).isEqualTo(Map.of("RESTRICTED", 4L, "PUBLIC", 1L));
    assertThat(facet(page, "segmented")).isEqualTo(Map.of("false", 5L));
    assertThat(facet(page, "node"))
        .isEqualTo(Map.of(NODES.get(0), 2L, NODES.get(1), 2L, NODES.get(2), 1L));
  }

  @Test
  void combinesFiltersAndCountsEachFacetWithoutItsOwnFilter() {
    JsonObject ct = search("q=" + TOKEN + "&modality=" + enc(CT));
    assertThat(ct.getInt("total")).isEqualTo(3);
    assertThat(facet(ct, "modality")).isEqualTo(Map.of(CT, 3L, MR, 2L, PET, 1L));
    assertThat(facet(ct, "manufacturer")).isEqualTo(Map.of(SIEMENS, 2L, PHILIPS, 1L));

    JsonObject either = search("q=" + TOKEN + "&modality=" + enc(CT) + "&modality=" + enc(MR));
    assertThat(either.getInt("total")).isEqualTo(5);

    JsonObject both =
        search("q=" + TOKEN + "&modality=" + enc(CT) + "&manufacturer=" + enc(SIEMENS));
    assertThat(both.getInt("total")).isEqualTo(2);
    assertThat(facet(both, "modality")).isEqualTo(Map.of(CT, 2L, MR, 1L));
    assertThat(facet(both, "manufacturer")).isEqualTo(Map.of(SIEMENS, 2L, PHILIPS, 1L));
    assertThat(selected(both, "modality")).containsExactly(CT);
  }

  @Test
  void sortsBySizeAndPages() {
    assertThat(titles(search("q=" + TOKEN + "&sort=size")))
        .containsExactly(
            TOKEN + " five", TOKEN + " two", TOKEN + " four", TOKEN + " one", TOKEN + " three");
    JsonObject third = search("q=" + TOKEN + "&sort=size&size=2&page=3");
    assertThat(third.getInt("total")).isEqualTo(5);
    assertThat(titles(third)).containsExactly(TOKEN + " three");
    assertThat(titles(search("q=" + TOKEN + "&sort=newest")).get(0)).isEqualTo(TOKEN + " two");
  }

  /** The invalidated seventh counts for nobody. */
  @Test
  void showsDraftsOnlyToThoseWhoOperateTheirNode() {
    assertThat(search(HubClient.as("admin"), "q=" + TOKEN).getInt("total")).isEqualTo(6);
    assertThat(search(HubClient.as("operator"), "q=" + TOKEN).getInt("total")).isEqualTo(6);
    assertThat(search(HubClient.as("researcher"), "q=" + TOKEN).getInt("total")).isEqualTo(5);
  }

  @Test
  void showsAnonymousVisitorsOnlyPublishedWorkAndNobodyInvalidatedWork() {
    JsonObject page = search(ANONYMOUS, "q=" + TOKEN);
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(titles(search(ANONYMOUS, "q=" + TOKEN + "&sort=size")))
        .containsExactly(TOKEN + " two", TOKEN + " four", TOKEN + " one");
    assertThat(facet(page, "modality")).isEqualTo(Map.of(CT, 2L, MR, 1L, PET, 1L));
    assertThat(facet(page, "node")).isEqualTo(Map.of(NODES.get(0), 2L, NODES.get(1), 1L));
  }

  @Test
  void refusesBadParameters() {
    for (String query : List.of("size=1000", "age=99", "bogus=1", "sort=random", "page=0")) {
      Reply reply = ANONYMOUS.get("/api/datasets?" + query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
  }

  /**
   * Every facet counted over the generated demo federation equals what the generator made: the same
   * counts whichever search backend answers, since the test runs on Lucene and on Elasticsearch.
   */
  @Test
  void servesTheDemoFederationExactly() {
    var demo =
        DemoFederation.datasets(20261124L, RunningHub.DEMO_DATASETS)
            .filter(d -> d.status() == LifecycleStatus.PUBLISHED)
            .toList();
    String condition = demo.get(0).description().codes(CodedProperty.CONDITION).get(0).iri();
    var withCondition =
        demo.stream()
            .filter(
                d -> d.description().codes(CodedProperty.CONDITION).get(0).iri().equals(condition))
            .toList();
    JsonObject page = search("condition=" + enc(condition) + "&size=100");
    assertThat(page.getInt("total")).isEqualTo(withCondition.size());
    Map<String, CodedProperty> codedFacets =
        Map.of(
            "modality", CodedProperty.MODALITY,
            "bodyPart", CodedProperty.BODY_PART,
            "sex", CodedProperty.BIRTH_SEX,
            "collectionMethod", CodedProperty.COLLECTION_METHOD,
            "manufacturer", CodedProperty.MANUFACTURER);
    codedFacets.forEach(
        (key, property) ->
            assertThat(facet(page, key))
                .as(key)
                .isEqualTo(
                    withCondition.stream()
                        .flatMap(d -> d.description().codes(property).stream())
                        .map(Concept::iri)
                        .collect(Collectors.groupingBy(i -> i, Collectors.counting()))));
    assertThat(facet(page, "node"))
        .isEqualTo(
            withCondition.stream()
                .collect(
                    Collectors.groupingBy(
                        DemoFederation.DemoDataset::nodeId, Collectors.counting())));
  }

  /** What a signed-in researcher finds: released and published work. */
  private static JsonObject search(String query) {
    return search(RESEARCHER, query);
  }

  private static JsonObject search(HubClient client, String query) {
    Reply reply = client.get("/api/datasets?" + query);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static Map<String, Long> facet(JsonObject page, String key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    facetValues(page, key)
        .forEach(v -> counts.put(v.getString("value"), v.getJsonNumber("count").longValue()));
    return counts;
  }

  private static List<String> selected(JsonObject page, String key) {
    return facetValues(page, key).stream()
        .filter(v -> v.getBoolean("selected"))
        .map(v -> v.getString("value"))
        .toList();
  }

  private static List<JsonObject> facetValues(JsonObject page, String key) {
    return page.getJsonArray("facets").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("key").equals(key))
        .findFirst()
        .orElseThrow()
        .getJsonArray("values")
        .getValuesAs(JsonObject.class);
  }

  private static List<String> titles(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(i -> i.getString("title"))
        .toList();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
