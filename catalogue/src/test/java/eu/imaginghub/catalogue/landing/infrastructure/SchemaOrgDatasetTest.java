package eu.imaginghub.catalogue.landing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingRecords;
import jakarta.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class SchemaOrgDatasetTest {

  private static final String SDO = "https://schema.org/";

  @Test
  void namesTheDatasetByItsDoiWithEverythingACrawlerReads() {
    JsonObject json = SchemaOrgDataset.of(LandingRecords.current(), LandingRecords.URLS);

    assertThat(json.getString("@type")).isEqualTo("Dataset");
    assertThat(json.getString("@id")).isEqualTo("https://doi.org/10.5072/zenodo.2");
    assertThat(json.getString("identifier")).isEqualTo("https://doi.org/10.5072/zenodo.2");
    assertThat(json.getString("version")).isEqualTo("2");
    assertThat(json.getString("license")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(json.getBoolean("isAccessibleForFree")).isFalse();
    assertThat(json.getString("conditionsOfAccess")).contains("General research use");
    assertThat(json.getString("datePublished")).isEqualTo("2020-03-01");
    assertThat(json.getJsonArray("creator").getJsonObject(0).getString("@type"))
        .isEqualTo("Person");
    assertThat(json.getJsonArray("creator").getJsonObject(1).getString("@type"))
        .isEqualTo("Organization");
    assertThat(json.getJsonArray("distribution")).hasSize(3);
    assertThat(json.getJsonArray("distribution").getJsonObject(0).getString("contentUrl"))
        .endsWith("?format=turtle");
    assertThat(json.getJsonObject("includedInDataCatalog").getString("@type"))
        .isEqualTo("DataCatalog");
  }

  @Test
  void aJsonLdProcessorReadsItOfflineAsASchemaOrgDataset() {
    String json = SchemaOrgDataset.of(LandingRecords.current(), LandingRecords.URLS).toString();
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(json, Lang.JSONLD).parse(model);

    Resource dataset = model.createResource("https://doi.org/10.5072/zenodo.2");
    assertThat(model.contains(dataset, RDF.type, model.createResource(SDO + "Dataset"))).isTrue();
    assertThat(model.getProperty(dataset, model.createProperty(SDO + "name")).getString())
        .isEqualTo("Lung CT cohort");
    assertThat(
            model
                .listObjectsOfProperty(dataset, model.createProperty(SDO + "distribution"))
                .toList())
        .hasSize(3);
  }

  @Test
  void withoutDoiTheVersionPageIsTheIdentifierAndAnInvalidationIsStated() {
    LandingRecord old =
        LandingRecords.record(
            LandingRecords.description("Lung CT cohort"),
            1,
            null,
            new LandingRecord.Tombstone(LandingRecords.REVISED, "Operator", "consent withdrawn"));
    JsonObject json = SchemaOrgDataset.of(old, LandingRecords.URLS);

    assertThat(json.getString("@id")).endsWith("/versions/1");
    assertThat(json.getString("creativeWorkStatus")).isEqualTo("Invalidated: consent withdrawn");
  }
}
