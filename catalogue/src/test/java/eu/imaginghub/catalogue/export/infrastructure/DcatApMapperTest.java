package eu.imaginghub.catalogue.export.infrastructure;

import static eu.imaginghub.catalogue.export.infrastructure.ExportFixtures.HUB;
import static eu.imaginghub.catalogue.export.infrastructure.Graphs.matches;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;

class DcatApMapperTest {

  private final DcatApMapper mapper = new DcatApMapper();
  private final Dataset dataset = ExportFixtures.full();
  private final String iri = "<" + HUB + "/api/datasets/" + dataset.id().value() + ">";
  private final Model model = mapper.dataset(dataset, HUB + "/");

  @Test
  void identifiesTheDatasetByItsHubAddress() {
    assertThat(matches(model, iri + " a dcat:Dataset")).isTrue();
    String identifier = HUB + "/api/datasets/" + dataset.id().value();
    assertThat(matches(model, iri + " dct:identifier \"" + identifier + "\"^^xsd:anyURI")).isTrue();
  }

  @Test
  void writesEnglishTexts() {
    assertThat(matches(model, iri + " dct:title \"Prostate mpMRI challenge\"@en")).isTrue();
    assertThat(matches(model, iri + " dcat:keyword \"mpMRI\"@en, \"prostate cancer\"@en")).isTrue();
    assertThat(matches(model, iri + " dcat:version \"2.1.0\"")).isTrue();
    assertThat(
            matches(
                model,
                iri
                    + " dct:provenance [ a dct:ProvenanceStatement ;"
                    + " rdfs:label \"Collected at three Greek hospitals, anonymised.\"@en ]"))
        .isTrue();
  }

  @Test
  void writesCountsAsNonNegativeIntegers() {
    assertThat(
            matches(
                model,
                iri
                    + " healthdcatap:numberOfUniqueIndividuals \"1500\"^^xsd:nonNegativeInteger ;"
                    + " healthdcatap:numberOfRecords \"1800\"^^xsd:nonNegativeInteger ;"
                    + " healthdcatap:minTypicalAge \"35\"^^xsd:nonNegativeInteger ;"
                    + " healthdcatap:maxTypicalAge \"87\"^^xsd:nonNegativeInteger ;"
                    + " eucaim:nbrOfSegmentations \"900\"^^xsd:nonNegativeInteger ;"
                    + " healthdcatap:hasStructuredData false"))
        .isTrue();
  }

  @Test
  void writesCodedValuesAsIrisWithTheirLabels() {
    assertThat(matches(model, iri + " eucaim:hasImageModality eucaim:IMG1000022")).isTrue();
    assertThat(matches(model, "eucaim:IMG1000022 skos:prefLabel \"Magnetic resonance imaging\"@en"))
        .isTrue();
    assertThat(matches(model, iri + " eucaim:hasCondition eucaim:CLIN1000075")).isTrue();
    assertThat(matches(model, "eucaim:CLIN1000075 skos:prefLabel ?label")).isFalse();
    assertThat(matches(model, iri + " dct:accessRights <" + AccessRights.RESTRICTED.iri() + ">"))
        .isTrue();
    assertThat(
            matches(
                model,
                iri
                    + " dcat:theme"
                    + " <http://publications.europa.eu/resource/authority/data-theme/HEAL>"))
        .isTrue();
  }

  @Test
  void writesDatesAndTheAcquisitionPeriod() {
    assertThat(
            matches(
                model,
                iri
                    + " dct:temporal [ a dct:PeriodOfTime ;"
                    + " dcat:startDate \"2018-01-01\"^^xsd:date ;"
                    + " dcat:endDate \"2023-12-31\"^^xsd:date ]"))
        .isTrue();
    assertThat(matches(model, iri + " dct:issued \"2024-03-01\"^^xsd:date")).isTrue();
    assertThat(matches(model, iri + " dct:modified \"2024-06-15\"^^xsd:date")).isTrue();
    assertThat(
            matches(
                model,
                iri
                    + " dcat:landingPage ?page . ?page a foaf:Document ."
                    + " FILTER(?page = <https://node.forth.example.org/datasets/prostate-42>)"))
        .isTrue();
  }

  @Test
  void writesTheContactPointAsAVcardKind() {
    assertThat(
            matches(
                model,
                iri
                    + " dcat:contactPoint [ a vcard:Kind ; vcard:fn \"Access committee\" ;"
                    + " vcard:hasEmail <mailto:access@procancer-i.example.org> ]"))
        .isTrue();
  }

  @Test
  void writesOrganisationsWithAContactPoint() {
    assertThat(
            matches(
                model,
                iri
                    + " dct:publisher [ a foaf:Agent ; foaf:name \"FORTH\" ;"
                    + " cv:contactPoint [ a cv:ContactPoint ; cv:email \"info@forth.example.org\" ;"
                    + " cv:contactPage <https://forth.example.org> ] ]"))
        .isTrue();
    assertThat(
            matches(
                model,
                iri
                    + " healthdcatap:hdab [ foaf:name \"Greek HDAB\" ;"
                    + " cv:contactPoint [ cv:email \"hdab@example.gov.gr\" ] ]"))
        .isTrue();
    assertThat(
            matches(
                model,
                iri
                    + " geodcatap:custodian [ foaf:name \"Hospital of Heraklion\" ;"
                    + " cv:contactPoint [ cv:contactPage <https://pagni.example.org> ] ]"))
        .isTrue();
    assertThat(
            matches(
                model,
                iri
                    + " dct:creator [ foaf:name \"ProCAncer-I\" ;"
                    + " foaf:mbox <mailto:team@procancer-i.example.org> ]"))
        .isTrue();
  }

  @Test
  void creditsTheNodeHoldingTheData() {
    assertThat(
            matches(
                model,
                iri
                    + " prov:qualifiedAttribution [ dcat:hadRole ?role ;"
                    + " prov:agent [ foaf:name \"Foundation for Research and Technology Hellas\" ]"
                    + " ]"))
        .isTrue();
  }

  @Test
  void writesDistributionsWithTheDatasetsLegalTerms() {
    String dicom =
        iri
            + " dcat:distribution ?d . ?d a dcat:Distribution ;"
            + " dct:title \"DICOM images\"@en ;"
            + " dcat:accessURL <"
            + ExportFixtures.NEGOTIATOR
            + "> ;"
            + " dct:format <http://publications.europa.eu/resource/authority/file-type/DCM> ;"
            + " dcat:mediaType <https://www.iana.org/assignments/media-types/application/dicom> ;"
            + " dct:license <"
            + ExportFixtures.LICENCE
            + "> ;"
            + " dct:rights <"
            + ExportFixtures.IN_SITU
            + ">, <"
            + ExportFixtures.GENERAL_RESEARCH_USE
            + "> ;"
            + " dcatap:applicableLegislation <"
            + ExportFixtures.EHDS
            + ">";
    assertThat(matches(model, dicom)).isTrue();
    assertThat(
            matches(
                model,
                "<"
                    + ExportFixtures.GENERAL_RESEARCH_USE
                    + "> a dct:RightsStatement ; skos:prefLabel \"General research use\"@en"))
        .isTrue();
  }

  @Test
  void keepsADistributionsOwnLicenceAndFreeTextRights() {
    assertThat(
            matches(
                model,
                iri
                    + " dcat:distribution [ dct:title \"Segmentations\"@en ;"
                    + " dcat:downloadURL <https://node.forth.example.org/segmentations.zip> ;"
                    + " dct:license <https://creativecommons.org/licenses/by/4.0/> ;"
                    + " dct:rights [ a dct:RightsStatement ;"
                    + " rdfs:label \"Download after approval by the access committee.\"@en ] ]"))
        .isTrue();
    assertThat(
            matches(
                model,
                "?d dcat:distribution ?x . ?x dct:title \"Segmentations\"@en ;"
                    + " dct:license <"
                    + ExportFixtures.LICENCE
                    + ">"))
        .isFalse();
  }

  @Test
  void setsReadablePrefixes() {
    assertThat(model.getNsPrefixURI("dcat")).isEqualTo("http://www.w3.org/ns/dcat#");
    assertThat(model.getNsPrefixURI("healthdcatap")).isEqualTo("https://w3id.org/healthdcat-ap#");
    assertThat(model.getNsPrefixURI("eucaim"))
        .isEqualTo("https://hyperontology.eucaim.cancerimage.eu/#");
  }

  @Test
  void keepsTheDataUseTermsOfADraftWithoutDistributions() {
    Concept research = new Concept(ExportFixtures.GENERAL_RESEARCH_USE, null);
    Dataset draft =
        ExportFixtures.draftWithCodes(Map.of(CodedProperty.DATA_USE, List.of(research)));
    Model coded = mapper.dataset(draft, HUB);

    assertThat(
            matches(
                coded,
                "<"
                    + HUB
                    + "/api/datasets/"
                    + draft.id().value()
                    + "> dct:rights <"
                    + ExportFixtures.GENERAL_RESEARCH_USE
                    + ">"))
        .isTrue();
  }

  @Test
  void exportsARecordWithoutOptionalValuesWithoutNulls() {
    Dataset bare = ExportFixtures.minimal();
    Model minimal = mapper.dataset(bare, HUB);
    String subject = "<" + HUB + "/api/datasets/" + bare.id().value() + ">";

    assertThat(matches(minimal, subject + " dct:title \"Bare record\"@en")).isTrue();
    assertThat(minimal.listObjects().toList())
        .extracting(RDFNode::toString)
        .noneMatch(value -> value.contains("null"));
    assertThat(matches(minimal, "?s dcat:distribution|dct:temporal|dct:publisher ?o")).isFalse();
    assertThat(matches(minimal, "?s ?p \"\"")).isFalse();
    for (RdfSyntax syntax : RdfSyntax.values()) {
      assertThat(Graphs.roundTrip(minimal, syntax).isIsomorphicWith(minimal)).isTrue();
    }
  }
}
