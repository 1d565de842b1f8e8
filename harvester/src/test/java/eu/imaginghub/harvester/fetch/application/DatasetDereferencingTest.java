package eu.imaginghub.harvester.fetch.application;

import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.LOOPBACK_ALLOWED;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.bytes;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.complete;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.failed;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.fetcher;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.harvester.fetch.NodeServer;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import eu.imaginghub.harvester.fetch.domain.FetchedRecord;
import eu.imaginghub.harvester.fetch.domain.SourceFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The FAIR Data Point layout: a catalogue that lists dataset IRIs, one document per dataset. */
class DatasetDereferencingTest {

  private final NodeServer node = new NodeServer();

  @AfterEach
  void stop() {
    node.close();
  }

  private FetchOutcome fetch(int concurrency) {
    return fetcher(LOOPBACK_ALLOWED.toBuilder().concurrency(concurrency).build())
        .fetch(FetchRequest.of(node.uri("/catalog/imaging"), SourceFormat.AUTO));
  }

  @Test
  void listedDatasetsAreFetchedOneByOneAndReadInListingOrder() {
    node.fixture("/catalog/imaging", "fdp-catalogue.ttl")
        .fixture("/dataset/fdp-1", "fdp-dataset-1.ttl")
        .fixture("/dataset/fdp-2", "fdp-dataset-2.ttl");

    FetchOutcome.Complete complete = complete(fetch(4));

    assertThat(complete.records())
        .extracting(r -> r.record().localId())
        .containsExactly("fdp-1", "fdp-2");
    assertThat(complete.records())
        .extracting(FetchedRecord::sourceUrl)
        .containsExactly(node.base() + "/dataset/fdp-1", node.base() + "/dataset/fdp-2");
    assertThat(complete.records()).allMatch(r -> r.record().accepted());
    assertThat(complete.pages()).isEqualTo(3);
    assertThat(complete.bytes())
        .isEqualTo(
            node.fixture("fdp-catalogue.ttl").length
                + node.fixture("fdp-dataset-1.ttl").length
                + node.fixture("fdp-dataset-2.ttl").length);
  }

  @Test
  void atMostTheConfiguredNumberOfDatasetsAreFetchedAtOnce() {
    int datasets = 9;
    int concurrency = 3;
    catalogueListing(datasets);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch full = new CountDownLatch(concurrency);
    for (int i = 1; i <= datasets; i++) {
      byte[] document = bytes(dataset(i));
      node.on(
          "/dataset/d" + i,
          ex -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            full.countDown();
            try {
              // hold the first requests until as many as allowed are in flight
              full.await(5, TimeUnit.SECONDS);
              Thread.sleep(50);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            NodeServer.send(ex, 200, "text/turtle", document);
          });
    }

    FetchOutcome.Complete complete = complete(fetch(concurrency));

    assertThat(most.get()).isEqualTo(concurrency);
    assertThat(complete.records())
        .extracting(r -> r.record().localId())
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, datasets).mapToObj(i -> "d" + i).toList());
    assertThat(complete.pages()).isEqualTo(datasets + 1);
  }

  @Test
  void aDatasetThatCannotBeFetchedFailsTheWholeFetch() {
    node.fixture("/catalog/imaging", "fdp-catalogue.ttl")
        .fixture("/dataset/fdp-1", "fdp-dataset-1.ttl");

    FetchOutcome.Failed failed = failed(fetch(2));

    assertThat(failed)
        .isEqualTo(
            new FetchOutcome.Failed(
                node.base() + "/dataset/fdp-2: HTTP status 404",
                node.base() + "/dataset/fdp-2",
                -1,
                -1));
  }

  @Test
  void moreListedDatasetsThanTheRecordLimitAreRefusedBeforeAnyIsFetched() {
    catalogueListing(3);

    FetchOutcome.Failed failed =
        failed(
            fetcher(LOOPBACK_ALLOWED.toBuilder().maxRecords(2).build())
                .fetch(FetchRequest.of(node.uri("/catalog/imaging"), SourceFormat.AUTO)));

    assertThat(failed.message())
        .isEqualTo(
            node.base()
                + "/catalog/imaging: the source lists more than 2 records, the limit per harvest");
    assertThat(node.requests())
        .extracting(NodeServer.Request::pathAndQuery)
        .containsExactly("/catalog/imaging");
  }

  private void catalogueListing(int datasets) {
    String listed =
        String.join(
            " , ",
            IntStream.rangeClosed(1, datasets)
                .mapToObj(i -> "<" + node.base() + "/dataset/d" + i + ">")
                .toList());
    String catalogue =
        """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <%s/catalog/imaging> a dcat:Catalog ; dct:title "Listing"@en ; dcat:dataset %s .
        """
            .formatted(node.base(), listed);
    node.on("/catalog/imaging", ex -> NodeServer.send(ex, 200, "text/turtle", bytes(catalogue)));
  }

  private String dataset(int i) {
    return """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <%s/dataset/d%d> a dcat:Dataset ;
          dct:identifier "d%d" ;
          dct:title "Dataset %d"@en ;
          dct:description "Dataset %d of the listing."@en .
        """
        .formatted(node.base(), i, i, i, i);
  }
}
