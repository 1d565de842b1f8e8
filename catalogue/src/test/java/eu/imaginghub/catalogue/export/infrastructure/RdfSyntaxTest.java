package eu.imaginghub.catalogue.export.infrastructure;

import static eu.imaginghub.catalogue.export.infrastructure.Graphs.matches;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RdfSyntaxTest {

  private final Dataset dataset = ExportFixtures.full();
  private final String iri =
      "<" + ExportFixtures.HUB + "/api/datasets/" + dataset.id().value() + ">";
  private final Model model = new DcatApMapper().dataset(dataset, ExportFixtures.HUB);

  @ParameterizedTest
  @CsvSource({
    "text/turtle, TURTLE",
    "application/ld+json, JSON_LD",
    "application/rdf+xml, RDF_XML",
    "application/n-triples, N_TRIPLES",
    "Text/Turtle; charset=UTF-8, TURTLE",
    "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\", JSON_LD"
  })
  void findsTheSyntaxOfAMediaType(String mediaType, RdfSyntax expected) {
    assertThat(RdfSyntax.forMediaType(mediaType)).contains(expected);
  }

  @Test
  void knowsNoOtherMediaType() {
    assertThat(RdfSyntax.forMediaType("application/json")).isEmpty();
    assertThat(RdfSyntax.forMediaType("text/html")).isEmpty();
    assertThat(RdfSyntax.forMediaType(null)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void writesTheProfileStatementsSoThatTheyReadBack(RdfSyntax syntax) {
    Model parsed = Graphs.roundTrip(model, syntax);

    assertThat(matches(parsed, iri + " dct:title \"Prostate mpMRI challenge\"@en")).isTrue();
    assertThat(
            matches(
                parsed,
                iri + " healthdcatap:numberOfUniqueIndividuals \"1500\"^^xsd:nonNegativeInteger"))
        .isTrue();
    assertThat(matches(parsed, iri + " eucaim:hasImageModality <" + ExportFixtures.MR + ">"))
        .isTrue();
    assertThat(matches(parsed, iri + " dct:accessRights <" + AccessRights.RESTRICTED.iri() + ">"))
        .isTrue();
    assertThat(
            matches(
                parsed,
                iri
                    + " dcat:contactPoint [ vcard:hasEmail"
                    + " <mailto:access@procancer-i.example.org> ]"))
        .isTrue();
    assertThat(
            matches(
                parsed,
                iri + " dcat:distribution [ dcat:accessURL <" + ExportFixtures.NEGOTIATOR + "> ]"))
        .isTrue();
    assertThat(matches(parsed, iri + " dct:temporal [ dcat:startDate \"2018-01-01\"^^xsd:date ]"))
        .isTrue();
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void writesTheSameGraphInEverySyntax(RdfSyntax syntax) {
    Model parsed = Graphs.roundTrip(model, syntax);

    assertThat(parsed.size()).isEqualTo(model.size());
    assertThat(parsed.isIsomorphicWith(model)).isTrue();
    assertThat(parsed.isIsomorphicWith(Graphs.roundTrip(model, RdfSyntax.N_TRIPLES))).isTrue();
  }

  @Test
  void writesTurtleWithTheProfilesPrefixes() {
    String turtle = Graphs.write(model, RdfSyntax.TURTLE);

    assertThat(turtle)
        .contains("@prefix dcat:")
        .contains("@prefix healthdcatap:")
        .contains("eucaim:hasImageModality")
        .contains("eucaim:IMG1000022");
  }

  @Test
  void writesCompactedJsonLd() {
    String json = Graphs.write(model, RdfSyntax.JSON_LD);

    assertThat(json).contains("\"@context\"").contains("\"dct:title\"");
  }
}
