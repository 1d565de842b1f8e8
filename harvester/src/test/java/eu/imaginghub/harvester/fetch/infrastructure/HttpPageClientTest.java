package eu.imaginghub.harvester.fetch.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.NodeServer;
import eu.imaginghub.harvester.fetch.domain.FetchException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Address pinning against DNS rebinding: a stand-in resolver answers the node's loopback address to
 * its first lookup and a private address to every later one. The host name exists nowhere else
 * (.test never resolves), so a request can only reach the node at the address its check looked up.
 */
class HttpPageClientTest {

  private static final String HOST = "harvest-source.test";
  private static final byte[] BODY = "<> a <urn:x> .".getBytes(StandardCharsets.UTF_8);

  private final NodeServer node = new NodeServer();
  private final List<String> lookups = new CopyOnWriteArrayList<>();
  private final HttpPageClient client =
      new HttpPageClient(
          HarvesterSettings.defaults().fetch(),
          Clock.systemUTC(),
          new AddressPolicy(List.of("loopback"), this::rebinding));

  @AfterEach
  void stop() {
    node.close();
  }

  private InetAddress[] rebinding(String host) throws UnknownHostException {
    lookups.add(host);
    byte[] address = lookups.size() == 1 ? new byte[] {127, 0, 0, 1} : new byte[] {10, 0, 0, 7};
    return new InetAddress[] {InetAddress.getByAddress(host, address)};
  }

  private URI url(String path) {
    return URI.create("http://" + HOST + ":" + node.uri("/").getPort() + path);
  }

  @Test
  void aRequestConnectsToTheAddressItsCheckLookedUpWithoutLookingUpAgain() {
    AtomicReference<String> hostHeader = new AtomicReference<>();
    node.on(
        "/catalogue",
        ex -> {
          hostHeader.set(ex.getRequestHeaders().getFirst("Host"));
          NodeServer.send(ex, 200, "text/turtle", BODY);
        });

    PageResponse page = client.get(url("/catalogue"), Map.of());

    assertThat(page.body()).isEqualTo(BODY);
    assertThat(lookups).containsExactly(HOST);
    assertThat(hostHeader.get()).isEqualTo(HOST + ":" + node.uri("/").getPort());
  }

  @Test
  void aRedirectIsLookedUpAndCheckedAgainAndNeverConnectedToARefusedAnswer() {
    node.on("/start", ex -> NodeServer.redirect(ex, 302, url("/catalogue").toString()))
        .on("/catalogue", ex -> NodeServer.send(ex, 200, "text/turtle", BODY));

    assertThatThrownBy(() -> client.get(url("/start"), Map.of()))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith(
            url("/catalogue") + ": host " + HOST + " resolves to 10.0.0.7, a private address");
    assertThat(lookups).containsExactly(HOST, HOST);
    assertThat(node.requests())
        .extracting(NodeServer.Request::pathAndQuery)
        .containsExactly("/start");
  }
}
