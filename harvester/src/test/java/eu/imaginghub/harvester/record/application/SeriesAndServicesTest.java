package eu.imaginghub.harvester.record.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import org.junit.jupiter.api.Test;

/** A catalogue of the DCAT-AP 3.0.0 examples' shape: a series, a dataset in it, a data service. */
class SeriesAndServicesTest {

  private static final String PUBLISHER = "https://data.example.eu/org/statistics-office";
  private static final String PUBLISHER_PATH = "http://purl.org/dc/terms/publisher";

  private final DcatDocumentImport documents = new DcatDocumentImport();

  @Test
  void onlyTheDatasetIsHarvestedAndTheSeriesAndServiceAreReportedOneByOne() {
    HarvestedDocument document = read();

    assertThat(document.records())
        .extracting(HarvestedRecord::localId)
        .containsExactly("budget-2023");
    assertThat(document.findings())
        .extracting(Finding::focus, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                null,
                "2 resource(s) not harvested as datasets: 1 dataset series, 1 data service(s)"),
            org.assertj.core.groups.Tuple.tuple(
                "https://data.example.eu/series/budget",
                "not harvested as a dataset: dataset series \"Annual budget\""),
            org.assertj.core.groups.Tuple.tuple(
                "https://data.example.eu/service/budget-api",
                "not harvested as a dataset: data service \"Budget API\""));
    assertThat(document.findings()).noneMatch(Finding::isViolation);
  }

  @Test
  void aPublisherGivenOnlyByItsIriIsAcceptedWithOneWarningAndShownByItsIri() {
    HarvestedRecord record = read().records().get(0);

    assertThat(record.violations()).isEmpty();
    assertThat(record.status()).isEqualTo(LifecycleStatus.RELEASED);
    assertThat(record.description().agents(AgentRole.PUBLISHER))
        .containsExactly(new Agent(PUBLISHER, null, null, null));
    assertThat(record.warnings())
        .filteredOn(f -> PUBLISHER_PATH.equals(f.path()))
        .extracting(Finding::message)
        .containsExactly(
            "the publisher is named nowhere in the record (foaf:name): its IRI is shown as its name");
  }

  private HarvestedDocument read() {
    String name = "series-services.ttl";
    return documents.read(Fixtures.bytes(name), Fixtures.mediaType(name), Fixtures.base(name));
  }
}
