package eu.imaginghub.harvester.fetch.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.NodeServer;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import eu.imaginghub.harvester.fetch.domain.FetchedRecord;
import eu.imaginghub.harvester.fetch.domain.SourceFormat;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.Finding;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeFetcherTest {

  static final DcatDocumentImport READER = new DcatDocumentImport();
  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  static final FetchSettings LOOPBACK_ALLOWED =
      HarvesterSettings.defaults().fetch().toBuilder().allowPrivate(List.of("loopback")).build();

  private final NodeServer node = new NodeServer();

  @AfterEach
  void stop() {
    node.close();
  }

  static NodeFetcher fetcher(FetchSettings settings) {
    return new NodeFetcher(settings, READER, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static FetchOutcome.Complete complete(FetchOutcome outcome) {
    assertThat(outcome).isInstanceOf(FetchOutcome.Complete.class);
    return (FetchOutcome.Complete) outcome;
  }

  static FetchOutcome.Failed failed(FetchOutcome outcome) {
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    return (FetchOutcome.Failed) outcome;
  }

  private FetchOutcome fetch(String path) {
    return fetcher(LOOPBACK_ALLOWED).fetch(FetchRequest.of(node.uri(path), SourceFormat.AUTO));
  }

  private static List<String> ids(FetchOutcome.Complete complete) {
    return complete.records().stream().map(r -> r.record().localId()).toList();
  }

  private static List<String> sources(FetchOutcome.Complete complete) {
    return complete.records().stream().map(FetchedRecord::sourceUrl).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ttl", "rdf", "jsonld", "nt"})
  void eachSyntaxIsNegotiatedAndReadByItsContentType(String syntax) {
    String name = "eucaim-complete." + syntax;
    node.fixture("/catalogue", name);

    FetchOutcome.Complete complete = complete(fetch("/catalogue"));

    assertThat(ids(complete)).containsExactly("prostate-mri-2024");
    FetchedRecord only = complete.records().get(0);
    assertThat(only.record().accepted()).isTrue();
    assertThat(only.record().description().title()).isEqualTo("Prostate MRI cohort 2015-2020");
    assertThat(only.sourceUrl()).isEqualTo(node.base() + "/catalogue");
    assertThat(only.fetchedAt()).isEqualTo(NOW);
    assertThat(complete.pages()).isEqualTo(1);
    assertThat(complete.bytes()).isEqualTo(node.fixture(name).length);
    assertThat(complete.findings()).isEmpty();
    assertThat(complete.etag()).isNull();
    assertThat(node.requests())
        .extracting(NodeServer.Request::accept)
        .containsExactly(SourceFormat.AUTO.accept());
  }

  @Test
  void aFixedFormatIsAskedForAndReadWhateverTheContentTypeSays() {
    byte[] nt = node.fixture("dcat-ap-3-plain.nt");
    node.on("/catalogue", ex -> NodeServer.send(ex, 200, "text/html", nt));

    FetchOutcome fixed =
        fetcher(LOOPBACK_ALLOWED)
            .fetch(FetchRequest.of(node.uri("/catalogue"), SourceFormat.N_TRIPLES));
    FetchOutcome.Failed auto = failed(fetch("/catalogue"));

    assertThat(complete(fixed).records()).hasSize(1);
    assertThat(auto.message())
        .isEqualTo(node.base() + "/catalogue: not an RDF media type: text/html");
    assertThat(node.requests())
        .extracting(NodeServer.Request::accept)
        .containsExactly("application/n-triples", SourceFormat.AUTO.accept());
  }

  @Test
  void hydraPagesAreFollowedInOrder() {
    servePagedCatalogue();

    FetchOutcome.Complete complete = complete(fetch("/catalogue?page=1"));

    assertThat(ids(complete)).containsExactly("p1-a", "p1-b", "p2-a", "p2-b", "p3-a");
    String page = node.base() + "/catalogue?page=";
    assertThat(sources(complete)).containsExactly(page + 1, page + 1, page + 2, page + 2, page + 3);
    assertThat(complete.pages()).isEqualTo(3);
    assertThat(node.requests())
        .extracting(NodeServer.Request::pathAndQuery)
        .containsExactly("/catalogue?page=1", "/catalogue?page=2", "/catalogue?page=3");
  }

  @Test
  void linkHeaderPagesAreFollowedAndNoPageIsReadTwice() {
    linkedPage("/a", "a", "</b>; rel=\"next\"");
    linkedPage("/b", "b", "<" + node.base() + "/c>; rel=\"next\"");
    // the last page leads back to the first: read once all the same
    linkedPage("/c", "c", "</a?>; rel=\"prev\", </a>; rel=\"next\"");

    FetchOutcome.Complete complete = complete(fetch("/a"));

    assertThat(ids(complete)).containsExactly("ds-a", "ds-b", "ds-c");
    assertThat(complete.pages()).isEqualTo(3);
    assertThat(node.requests())
        .extracting(NodeServer.Request::pathAndQuery)
        .containsExactly("/a", "/b", "/c");
  }

  @Test
  void moreCataloguePagesThanTheLimitFailTheFetch() {
    servePagedCatalogue();
    FetchSettings twoPages = LOOPBACK_ALLOWED.toBuilder().maxPages(2).build();

    FetchOutcome.Failed failed = failedWith(twoPages, "/catalogue?page=1");

    assertThat(failed.message())
        .isEqualTo(
            node.base() + "/catalogue?page=1: the catalogue has more than 2 pages, the limit");
    assertThat(failed.url()).isEqualTo(node.base() + "/catalogue?page=2");
  }

  @Test
  void moreRecordsThanTheLimitFailTheFetch() {
    servePagedCatalogue();
    FetchSettings four = LOOPBACK_ALLOWED.toBuilder().maxRecords(4).build();

    FetchOutcome.Failed failed = failedWith(four, "/catalogue?page=1");

    assertThat(failed.message())
        .isEqualTo(
            node.base()
                + "/catalogue?page=3: the source holds more than 4 records, the limit per harvest");
  }

  @Test
  void anUnchangedSourceAnswersNotModifiedToTheStoredValidators() {
    byte[] page = node.fixture("dcat-ap-3-plain.ttl");
    String lastModified = "Tue, 24 Nov 2026 08:00:00 GMT";
    node.on(
        "/catalogue",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            NodeServer.send(ex, 304, null, new byte[0]);
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", lastModified);
          NodeServer.send(ex, 200, "text/turtle", page);
        });
    NodeFetcher fetcher = fetcher(LOOPBACK_ALLOWED);

    FetchOutcome.Complete first =
        complete(fetcher.fetch(FetchRequest.of(node.uri("/catalogue"), SourceFormat.AUTO)));
    FetchOutcome second =
        fetcher.fetch(
            new FetchRequest(
                node.uri("/catalogue"), SourceFormat.AUTO, first.etag(), first.lastModified()));

    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.lastModified()).isEqualTo(lastModified);
    assertThat(second).isEqualTo(new FetchOutcome.NotModified(node.base() + "/catalogue"));
    assertThat(node.requests())
        .containsExactly(
            new NodeServer.Request("/catalogue", SourceFormat.AUTO.accept(), null, null),
            new NodeServer.Request(
                "/catalogue", SourceFormat.AUTO.accept(), "\"v1\"", lastModified));
  }

  @Test
  void aStoredValidatorThatIsNoHeaderValueFailsTheFetch() {
    FetchOutcome.Failed failed =
        failed(
            fetcher(LOOPBACK_ALLOWED)
                .fetch(
                    new FetchRequest(
                        node.uri("/catalogue"), SourceFormat.AUTO, "\"v1\"\r\nX: y", null)));

    assertThat(failed.message())
        .isEqualTo(node.base() + "/catalogue: the value of If-None-Match is no valid header value");
    assertThat(node.requests()).isEmpty();
  }

  @Test
  void anEmptyDocumentFailsRatherThanLookLikeAnEmptyCatalogue() {
    node.on("/catalogue", ex -> NodeServer.send(ex, 200, "text/turtle", bytes(" \n")));

    assertThat(failed(fetch("/catalogue")).message())
        .isEqualTo(node.base() + "/catalogue: the document is empty");
  }

  @Test
  void recordsInTheHubsJsonFormatAreReadAcrossPagesAndAsNdjson() {
    String page0 = "[{\"localId\": \"ct-1\", \"title\": \"One\"}, {\"localId\": \"ct-2\"}]";
    String page1 = "{\"localId\": \"ct-3\"}\n\n{\"localId\": \"ct-1\", \"title\": \"Again\"}\n";
    node.on(
        "/page/0",
        ex -> {
          ex.getResponseHeaders().set("Link", "</page/1>; rel=\"next\"");
          NodeServer.send(ex, 200, "application/json", bytes(page0));
        });
    node.on("/page/1", ex -> NodeServer.send(ex, 200, "application/x-ndjson", bytes(page1)));

    FetchOutcome.Complete complete = complete(fetch("/page/0"));

    assertThat(complete.records())
        .extracting(FetchedRecord::localId)
        .containsExactly("ct-1", "ct-2", "ct-3");
    assertThat(complete.records().get(0).json().json())
        .isEqualTo("{\"localId\":\"ct-1\",\"title\":\"One\"}");
    assertThat(complete.records().get(0).record()).isNull();
    assertThat(complete.findings()).singleElement().asString().contains("ct-1");
    assertThat(node.requests().get(0).accept()).contains("application/json");
  }

  @Test
  void aSourceFixedToTheHubsJsonFormatTakesAnEmptyListAsAnEmptyCatalogue() {
    node.on("/catalogue", ex -> NodeServer.send(ex, 200, "application/json", bytes("[ ]")));

    FetchOutcome fixed =
        fetcher(LOOPBACK_ALLOWED).fetch(FetchRequest.of(node.uri("/catalogue"), SourceFormat.JSON));

    assertThat(complete(fixed).records()).isEmpty();
    assertThat(failed(fetch("/catalogue")).message())
        .isEqualTo(
            node.base()
                + "/catalogue: application/json with neither a JSON-LD dataset nor records of the"
                + " hub's JSON format");
  }

  @Test
  void brokenJsonFailsTheFetchAtItsLine() {
    node.on(
        "/catalogue",
        ex -> NodeServer.send(ex, 200, "application/json", bytes("[\n{\"localId\": }\n]")));

    FetchOutcome.Failed failed = failed(fetch("/catalogue"));

    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.message()).contains("not valid JSON");
  }

  @Test
  void jsonLdServedAsPlainJsonIsRead() {
    byte[] jsonld = node.fixture("healthdcat-ap.jsonld");
    node.on("/catalogue", ex -> NodeServer.send(ex, 200, "application/json", jsonld));

    assertThat(complete(fetch("/catalogue")).records()).hasSize(1);
  }

  @Test
  void aServerErrorFailsTheFetchNamingUrlAndStatus() {
    node.on("/catalogue", ex -> NodeServer.send(ex, 500, "text/plain", bytes("boom")));

    FetchOutcome.Failed failed = failed(fetch("/catalogue"));

    assertThat(failed)
        .isEqualTo(
            new FetchOutcome.Failed(
                node.base() + "/catalogue: HTTP status 500", node.base() + "/catalogue", -1, -1));
  }

  @Test
  void malformedTurtleFailsWithLineAndColumn() {
    node.fixture("/catalogue", "malformed.ttl");

    FetchOutcome.Failed failed = failed(fetch("/catalogue"));

    assertThat(failed.url()).isEqualTo(node.base() + "/catalogue");
    assertThat(failed.line()).isEqualTo(8);
    assertThat(failed.column()).isEqualTo(3);
    assertThat(failed.message())
        .isEqualTo(node.base() + "/catalogue: Undefined prefix: dcatx (line 8, column 3)");
  }

  @Test
  void aCutCatalogueFailsAsTheParseProblemNotAsTheHostsItNames() {
    String cut =
        "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
            + "<https://node.example.org/catalog> a dcat:Catalog ;\n"
            + "  dcat:dataset <https://no-such-host.invalid/dataset/1> ,\n"
            + "    <https://no-such-host.invalid/dataset/2>";
    node.on("/catalogue", ex -> NodeServer.send(ex, 200, "text/turtle", bytes(cut)));

    FetchOutcome.Failed failed = failed(fetch("/catalogue"));

    assertThat(failed.message()).contains("Triples not terminated by DOT").doesNotContain("host");
    assertThat(failed.line()).isEqualTo(4);
    assertThat(node.requests()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xxe.rdf", "billion-laughs.rdf"})
  void rdfXmlWithADocumentTypeDeclarationIsRefused(String fixture) {
    node.fixture("/catalogue", fixture);

    FetchOutcome.Failed failed = failed(fetch("/catalogue"));

    assertThat(failed.message())
        .startsWith(
            node.base()
                + "/catalogue: RDF/XML with a document type declaration (DTD) is refused"
                + " (line ");
    assertThat(failed.line()).isGreaterThan(1);
    assertThat(node.requests()).hasSize(1);
  }

  @Test
  void duplicateIdsWithinAPageAreBothRefusedAcrossPagesTheFirstIsKept() {
    node.fixture("/dup", "duplicate-ids.ttl");
    linkedPage("/a", "x", "</b>; rel=\"next\"");
    linkedPage("/b", "x", null);

    FetchOutcome.Complete within = complete(fetch("/dup"));
    FetchOutcome.Complete across = complete(fetch("/a"));

    assertThat(ids(within)).containsExactly("same-id", "distinct-id", "same-id");
    assertThat(within.records())
        .extracting(r -> r.record().accepted())
        .containsExactly(false, true, false);
    assertThat(within.findings()).extracting(Finding::message).hasSize(2);
    assertThat(ids(across)).containsExactly("ds-x");
    assertThat(sources(across)).containsExactly(node.base() + "/a");
    assertThat(across.findings())
        .containsExactly(
            Finding.violation(
                node.base() + "/datasets/ds-x",
                "http://purl.org/dc/terms/identifier",
                "local id ds-x in "
                    + node.base()
                    + "/b was already read from "
                    + node.base()
                    + "/a; the later record is left out"));
  }

  private void servePagedCatalogue() {
    for (int page = 1; page <= 3; page++) {
      node.fixture("/catalogue?page=" + page, "paged-catalogue-page-" + page + ".ttl");
    }
  }

  private FetchOutcome.Failed failedWith(FetchSettings settings, String path) {
    return failed(fetcher(settings).fetch(FetchRequest.of(node.uri(path), SourceFormat.AUTO)));
  }

  /** A page with one dataset {@code ds-<id>} and, if given, a Link header. */
  void linkedPage(String path, String id, String link) {
    String ttl =
        """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        <%s/datasets/ds-%s> a dcat:Dataset ;
          dct:identifier "ds-%s" ;
          dct:title "Dataset %s"@en ;
          dct:description "A dataset on a page linked by headers."@en .
        """
            .formatted(node.base(), id, id, id);
    node.on(
        path,
        ex -> {
          if (link != null) {
            ex.getResponseHeaders().add("Link", link);
          }
          NodeServer.send(ex, 200, "text/turtle", bytes(ttl));
        });
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
