package eu.imaginghub.harvester.fetch.application;

import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.LOOPBACK_ALLOWED;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.complete;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.failed;
import static eu.imaginghub.harvester.fetch.application.NodeFetcherTest.fetcher;
import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.NodeServer;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import eu.imaginghub.harvester.fetch.domain.FetchedRecord;
import eu.imaginghub.harvester.fetch.domain.SourceFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Timeouts, size limits, redirects and the address policy, against a real node. */
class FetchGuardsTest {

  private static final int MB = 1024 * 1024;
  private static final String POLICY_HINT =
      " address; such hosts are harvested only when harvester.fetch.allow-private allows them";

  private final NodeServer node = new NodeServer();

  @AfterEach
  void stop() {
    node.close();
  }

  private FetchOutcome fetch(FetchSettings settings, String path) {
    return fetcher(settings).fetch(FetchRequest.of(node.uri(path), SourceFormat.AUTO));
  }

  private String url(String path) {
    return node.base() + path;
  }

  @Test
  void aResponseSlowerThanTheReadTimeoutFails() {
    node.on(
        "/slow",
        ex -> {
          pause(3000);
          NodeServer.send(ex, 200, "text/turtle", node.fixture("dcat-ap-3-plain.ttl"));
        });

    assertFailsWithinTheReadTimeout("/slow");
  }

  @Test
  void aBodyThatStallsFailsAfterTheReadTimeout() {
    node.on(
        "/stalls",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/turtle");
          ex.sendResponseHeaders(200, 1000);
          OutputStream out = ex.getResponseBody();
          out.write("@prefix dct: <http://purl.org/dc/terms/> .\n".getBytes());
          out.flush();
          pause(3000);
          ex.close();
        });

    assertFailsWithinTheReadTimeout("/stalls");
  }

  @Test
  void aBodyThatKeepsComingIsReadPastTheReadTimeout() {
    byte[] page = node.fixture("dcat-ap-3-plain.ttl");
    node.on(
        "/trickles",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/turtle");
          ex.sendResponseHeaders(200, page.length);
          try (OutputStream out = ex.getResponseBody()) {
            int slice = page.length / 10 + 1;
            for (int from = 0; from < page.length; from += slice) {
              out.write(page, from, Math.min(slice, page.length - from));
              out.flush();
              pause(100);
            }
          }
        });
    FetchSettings settings =
        LOOPBACK_ALLOWED.toBuilder().readTimeout(Duration.ofMillis(300)).build();

    FetchOutcome.Complete complete = complete(fetch(settings, "/trickles"));

    assertThat(complete.records()).hasSize(1);
    assertThat(complete.bytes()).isEqualTo(page.length);
  }

  @Test
  void aBodyDeclaredLargerThanTheLimitIsRefusedUnread() {
    byte[] huge = new byte[5 * MB];
    node.on("/huge", ex -> NodeServer.send(ex, 200, "text/turtle", huge));

    FetchOutcome.Failed failed = failed(fetch(oneMegabyte(), "/huge"));

    assertThat(failed.message())
        .isEqualTo(url("/huge") + ": the body of 5242880 bytes exceeds the limit of 1048576 bytes");
  }

  @Test
  void aStreamedBodyIsCutOffAtTheLimit() {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) '#');
    node.on(
        "/stream",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/turtle");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int sent = 0; sent < 5 * MB; sent += chunk.length) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up at its limit
          }
        });

    FetchOutcome.Failed failed = failed(fetch(oneMegabyte(), "/stream"));

    assertThat(failed.message())
        .isEqualTo(
            url("/stream")
                + ": the body exceeds the limit of 1048576 bytes; reading stopped there");
  }

  @Test
  void anErrorWithAnEndlessBodyFailsOnItsStatusWithoutReadingTheBody() {
    byte[] chunk = new byte[64 * 1024];
    node.on(
        "/endless",
        ex -> {
          ex.sendResponseHeaders(503, 0);
          long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
          try (OutputStream out = ex.getResponseBody()) {
            while (System.nanoTime() < until) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up
          }
        });
    long start = System.nanoTime();

    FetchOutcome.Failed failed = failed(fetch(LOOPBACK_ALLOWED, "/endless"));

    assertThat(failed.message()).isEqualTo(url("/endless") + ": HTTP status 503");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void anInterruptedFetchFailsAtOnce() throws Exception {
    node.on("/hangs", ex -> pause(20_000));
    AtomicReference<FetchOutcome> outcome = new AtomicReference<>();
    Thread fetching = new Thread(() -> outcome.set(fetch(LOOPBACK_ALLOWED, "/hangs")));
    fetching.start();
    while (node.requests().isEmpty()) {
      Thread.sleep(10);
    }

    fetching.interrupt();
    fetching.join(5000);

    assertThat(fetching.isAlive()).isFalse();
    assertThat(outcome.get())
        .isEqualTo(new FetchOutcome.Failed(url("/hangs") + ": interrupted", url("/hangs"), -1, -1));
  }

  @Test
  void loopbackIsRefusedByDefaultBeforeAnyRequest() {
    FetchOutcome.Failed failed = failed(fetch(HarvesterSettings.defaults().fetch(), "/catalogue"));

    assertThat(failed.message())
        .isEqualTo(
            url("/catalogue") + ": host 127.0.0.1 resolves to 127.0.0.1, a loopback" + POLICY_HINT);
    assertThat(node.requests()).isEmpty();
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedWhenOnlyTheFirstHostIsAllowed() {
    String target = "http://192.168.10.20:8080/catalogue";
    node.on("/start", ex -> NodeServer.redirect(ex, 302, target));
    FetchSettings onlyFirst =
        LOOPBACK_ALLOWED.toBuilder().allowPrivate(List.of("127.0.0.1")).build();

    FetchOutcome.Failed failed = failed(fetch(onlyFirst, "/start"));

    assertThat(failed)
        .isEqualTo(
            new FetchOutcome.Failed(
                target + ": host 192.168.10.20 resolves to 192.168.10.20, a private" + POLICY_HINT,
                target,
                -1,
                -1));
    assertThat(node.requests())
        .extracting(NodeServer.Request::pathAndQuery)
        .containsExactly("/start");
  }

  @Test
  void redirectsAreFollowedUpToTheLimit() {
    node.on("/r0", ex -> NodeServer.redirect(ex, 301, "/r1"))
        .on("/r1", ex -> NodeServer.redirect(ex, 307, url("/catalogue")))
        .fixture("/catalogue", "dcat-ap-3-plain.ttl");

    FetchOutcome.Complete complete = complete(fetch(LOOPBACK_ALLOWED, "/r0"));

    assertThat(complete.records())
        .extracting(FetchedRecord::sourceUrl)
        .containsExactly(url("/catalogue"));
    assertThat(node.requests())
        .extracting(NodeServer.Request::pathAndQuery)
        .containsExactly("/r0", "/r1", "/catalogue");
  }

  @Test
  void tooManyRedirectsFail() {
    for (int i = 0; i < 10; i++) {
      String next = "/r" + (i + 1);
      node.on("/r" + i, ex -> NodeServer.redirect(ex, 302, next));
    }

    FetchOutcome.Failed failed = failed(fetch(LOOPBACK_ALLOWED, "/r0"));

    assertThat(failed.message())
        .isEqualTo(url("/r0") + ": more than 5 redirects (the last from " + url("/r5") + ")");
    assertThat(failed.url()).isEqualTo(url("/r5"));
    assertThat(node.requests()).hasSize(6);
  }

  /** With a read timeout of 300 ms, the fetch fails long before the node's 3 s pause ends. */
  private void assertFailsWithinTheReadTimeout(String path) {
    FetchSettings settings =
        LOOPBACK_ALLOWED.toBuilder().readTimeout(Duration.ofMillis(300)).build();
    long start = System.nanoTime();

    FetchOutcome.Failed failed = failed(fetch(settings, path));

    assertThat(failed.message())
        .isEqualTo(url(path) + ": no response within the read timeout of 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
  }

  private static FetchSettings oneMegabyte() {
    return LOOPBACK_ALLOWED.toBuilder().maxBodyBytes(MB).build();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
