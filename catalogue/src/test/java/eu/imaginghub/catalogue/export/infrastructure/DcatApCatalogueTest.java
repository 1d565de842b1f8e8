package eu.imaginghub.catalogue.export.infrastructure;

import static eu.imaginghub.catalogue.export.infrastructure.ExportFixtures.HUB;
import static eu.imaginghub.catalogue.export.infrastructure.Graphs.matches;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class DcatApCatalogueTest {

  private static final String CATALOGUE = "<" + HUB + "/api/datasets>";
  private static final String PAGE = HUB + "/api/datasets?page=";

  private final DcatApMapper mapper = new DcatApMapper();
  private final CatalogueDescription hub =
      new CatalogueDescription(
          HUB + "/", "Imaging hub", "Datasets of the imaging federation.", "Hub consortium");
  private final Dataset first = ExportFixtures.full();
  private final Dataset second = ExportFixtures.titled("second");

  @Test
  void describesTheCatalogueAndItsPublisher() {
    Model model = mapper.catalogue(List.of(first), hub, links(1, 2, 3));

    assertThat(matches(model, CATALOGUE + " a dcat:Catalog ; dct:title \"Imaging hub\"@en"))
        .isTrue();
    assertThat(
            matches(
                model, CATALOGUE + " dct:description \"Datasets of the imaging federation.\"@en"))
        .isTrue();
    assertThat(
            matches(
                model,
                CATALOGUE + " dct:publisher [ a foaf:Agent ; foaf:name \"Hub consortium\" ]"))
        .isTrue();
  }

  @Test
  void linksAndFullyDescribesEveryDatasetOfThePage() {
    Model model = mapper.catalogue(List.of(first, second), hub, links(1, 2, 3));

    for (Dataset dataset : List.of(first, second)) {
      String iri = "<" + HUB + "/api/datasets/" + dataset.id().value() + ">";
      assertThat(matches(model, CATALOGUE + " dcat:dataset " + iri)).isTrue();
      assertThat(matches(model, iri + " a dcat:Dataset ; dct:title ?title")).isTrue();
    }
    assertThat(
            matches(
                model,
                "?d dcat:distribution [ dcat:accessURL <" + ExportFixtures.NEGOTIATOR + "> ]"))
        .isTrue();
  }

  @Test
  void pagesWithHydraWhenThereIsANextPage() {
    Model model = mapper.catalogue(List.of(first), hub, links(2, 3, 3));

    assertThat(
            matches(
                model,
                CATALOGUE
                    + " hydra:totalItems \"3\"^^xsd:nonNegativeInteger ;"
                    + " hydra:view <"
                    + PAGE
                    + "2> . <"
                    + PAGE
                    + "2> a hydra:PartialCollectionView ;"
                    + " hydra:first <"
                    + PAGE
                    + "1> ; hydra:previous <"
                    + PAGE
                    + "1> ; hydra:next <"
                    + PAGE
                    + "3> ; hydra:last <"
                    + PAGE
                    + "3>"))
        .isTrue();
  }

  @Test
  void leavesOutTheLinksThatDoNotExistOnTheLastPage() {
    Model model = mapper.catalogue(List.of(first), hub, links(3, 3, 3));

    assertThat(matches(model, "?view a hydra:PartialCollectionView ; hydra:last ?last")).isTrue();
    assertThat(matches(model, "?view hydra:next ?next")).isFalse();
    assertThat(matches(model, "?view hydra:previous <" + PAGE + "2>")).isTrue();
  }

  @Test
  void leavesOutThePreviousLinkOnTheFirstPage() {
    Model model = mapper.catalogue(List.of(first), hub, links(1, 3, 3));

    assertThat(matches(model, "?view hydra:next <" + PAGE + "2>")).isTrue();
    assertThat(matches(model, "?view hydra:previous ?previous")).isFalse();
  }

  @Test
  void describesAnEmptyPage() {
    Model model =
        mapper.catalogue(
            List.of(), hub, new PageLinks(PAGE + 1, PAGE + 1, null, null, PAGE + 1, 0));

    assertThat(matches(model, CATALOGUE + " a dcat:Catalog")).isTrue();
    assertThat(matches(model, "?c dcat:dataset ?d")).isFalse();
    assertThat(matches(model, CATALOGUE + " hydra:totalItems \"0\"^^xsd:nonNegativeInteger"))
        .isTrue();
  }

  private static PageLinks links(int page, int pages, long total) {
    return new PageLinks(
        PAGE + page,
        PAGE + 1,
        page < pages ? PAGE + (page + 1) : null,
        page > 1 ? PAGE + (page - 1) : null,
        PAGE + pages,
        total);
  }
}
