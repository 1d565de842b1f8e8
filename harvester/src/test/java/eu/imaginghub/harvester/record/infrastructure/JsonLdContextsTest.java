package eu.imaginghub.harvester.record.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Well-known JSON-LD contexts are read from the hub itself; no other is fetched. */
class JsonLdContextsTest {

  private static final String BASE = "https://node.example.org/catalogue";

  private final RdfDocumentReader reader = new RdfDocumentReader();

  @Test
  void theDcatAp3ExamplesContextIsReadOffline() {
    Model model =
        reader.read(Fixtures.bytes("dcat-ap-3-series.jsonld"), "application/ld+json", BASE);

    Resource dataset = model.createResource("https://data.gov.gr/id/dataset/Rainfall2023");
    Resource series = model.createResource("https://data.gov.gr/id/datasetseries/Rainfall");
    assertThat(model.contains(dataset, RDF.type, DCAT.Dataset)).isTrue();
    assertThat(model.contains(dataset, model.createProperty(DCAT.NS + "inSeries"), series))
        .isTrue();
    assertThat(model.contains(series, RDF.type, model.createResource(DCAT.NS + "DatasetSeries")))
        .isTrue();
    assertThat(
            model.contains(
                dataset,
                DCTerms.title,
                model.createLiteral("Rainfall 2023 in the region of Thessaloniki", "en")))
        .isTrue();
    assertThat(model.contains(dataset, DCTerms.title, model.createLiteral("Βροχόπτωση 2023", "el")))
        .isTrue();
    assertThat(
            model.contains(
                dataset,
                DCTerms.issued,
                model.createTypedLiteral("2023-03-21", XSDDatatype.XSDdate)))
        .isTrue();
  }

  @Test
  void theDcatAp3ContextMapsTypeScopedTerms() {
    String json =
        "{\"@context\": \"https://semiceu.github.io/DCAT-AP/releases/3.0.0/context/dcat-ap.jsonld\","
            + " \"@id\": \"https://node.example.org/datasets/1\", \"@type\": \"Dataset\","
            + " \"title\": \"Prostate MRI\", \"keyword\": [\"prostate\", \"MRI\"],"
            + " \"publisher\": \"https://node.example.org/org\"}";

    Model model = reader.read(bytes(json), "application/ld+json", BASE);

    Resource dataset = model.createResource("https://node.example.org/datasets/1");
    assertThat(model.contains(dataset, RDF.type, DCAT.Dataset)).isTrue();
    assertThat(model.listObjectsOfProperty(dataset, DCAT.keyword).toList()).hasSize(2);
    assertThat(
            model.contains(
                dataset, DCTerms.publisher, model.createResource("https://node.example.org/org")))
        .isTrue();
  }

  @ParameterizedTest
  @MethodSource("eu.imaginghub.harvester.record.infrastructure.JsonLdContexts#bundled")
  void everyBundledContextLoads(String url) {
    String json = "{\"@context\": \"" + url + "\", \"@id\": \"https://node.example.org/x\"}";

    assertThat(reader.read(bytes(json), "application/ld+json", BASE).size()).isZero();
  }

  @Test
  void schemaOrgTermsExpandInTheSchemaOrgVocabulary() {
    String json =
        "{\"@context\": \"https://schema.org\", \"@id\": \"https://node.example.org/d\","
            + " \"@type\": \"Dataset\", \"name\": \"Scans\", \"url\": \"https://node.example.org/\"}";

    Model model = reader.read(bytes(json), "application/ld+json", BASE);

    Resource d = model.createResource("https://node.example.org/d");
    assertThat(model.contains(d, RDF.type, model.createResource("http://schema.org/Dataset")))
        .isTrue();
    assertThat(
            model.contains(
                d,
                model.createProperty("http://schema.org/url"),
                model.createResource("https://node.example.org/")))
        .isTrue();
  }

  @Test
  void anUnknownRemoteContextIsRefusedNamingIt() {
    String json =
        "{\"@context\": \"https://healthdcat.example.org/context.jsonld\", \"@id\": \"urn:x\"}";

    assertThatThrownBy(() -> reader.read(bytes(json), "application/ld+json", BASE))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("https://healthdcat.example.org/context.jsonld")
        .hasMessageContaining("not among the contexts the hub bundles");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
