package eu.imaginghub.harvester.fetch.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  private final AddressPolicy byDefault = new AddressPolicy(List.of());

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, 127.0.0.1, a loopback",
    "127.9.9.9, 127.9.9.9, a loopback",
    "[::1], 0:0:0:0:0:0:0:1, a loopback",
    "[::ffff:127.0.0.1], 127.0.0.1, a loopback",
    "169.254.169.254, 169.254.169.254, a link-local",
    "[fe80::1], fe80:0:0:0:0:0:0:1, a link-local",
    "10.1.2.3, 10.1.2.3, a private",
    "172.16.0.1, 172.16.0.1, a private",
    "172.31.255.255, 172.31.255.255, a private",
    "192.168.0.1, 192.168.0.1, a private",
    "[fd12::1], fd12:0:0:0:0:0:0:1, a private",
    "100.64.0.1, 100.64.0.1, a carrier-grade NAT",
    "100.127.255.254, 100.127.255.254, a carrier-grade NAT",
    "0.0.0.0, 0.0.0.0, an unspecified",
    "[::], 0:0:0:0:0:0:0:0, an unspecified",
    "224.0.0.1, 224.0.0.1, a multicast",
    "[ff02::1], ff02:0:0:0:0:0:0:1, a multicast",
    "198.18.0.1, 198.18.0.1, a reserved",
    "198.19.255.255, 198.19.255.255, a reserved",
    "240.0.0.1, 240.0.0.1, a reserved",
    "255.255.255.255, 255.255.255.255, a reserved",
    "192.0.2.10, 192.0.2.10, a reserved",
    "[2001:db8::1], 2001:db8:0:0:0:0:0:1, a reserved",
    "[64:ff9b:1::1], 64:ff9b:1:0:0:0:0:1, a reserved",
    "[::127.0.0.1], 0:0:0:0:0:0:7f00:1, an IPv6 form of a loopback",
    "[::10.0.0.1], 0:0:0:0:0:0:a00:1, an IPv6 form of a private",
    "[64:ff9b::7f00:1], 64:ff9b:0:0:0:0:7f00:1, an IPv6 form of a loopback",
    "[64:ff9b::a9fe:a9fe], 64:ff9b:0:0:0:0:a9fe:a9fe, an IPv6 form of a link-local",
    "[2002:7f00:1::], 2002:7f00:1:0:0:0:0:0, an IPv6 form of a loopback",
    "[2002:c0a8:101::1], 2002:c0a8:101:0:0:0:0:1, an IPv6 form of a private",
    "[2002:c612:1::], 2002:c612:1:0:0:0:0:0, an IPv6 form of a reserved",
    "[2001:0:4136:e378:8000:63bf:80ff:fffe], 2001:0:4136:e378:8000:63bf:80ff:fffe, an IPv6 form of a loopback"
  })
  void internalAddressesAreRefusedByDefault(String host, String address, String kind) {
    String url = "http://" + host + "/catalogue";
    assertThatThrownBy(() -> byDefault.check(URI.create(url)))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.url()).isEqualTo(url);
              assertThat(e.getMessage())
                  .isEqualTo(
                      url
                          + ": host "
                          + host
                          + " resolves to "
                          + address
                          + ", "
                          + kind
                          + " address; such hosts are harvested only when"
                          + " harvester.fetch.allow-private allows them");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "172.32.0.1",
        "100.128.0.1",
        "192.169.0.1",
        "198.20.0.1",
        "223.255.255.254",
        "[2a00:1450:4001:82a::200e]",
        "[2002:5db8:d822::1]",
        "[64:ff9b::5db8:d822]"
      })
  void publicAddressesAreFetched(String host) {
    assertThatCode(() -> byDefault.check(URI.create("https://" + host + "/catalogue")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://93.184.216.34/catalogue", "file:///etc/passwd", "jar:x!/y"})
  void onlyHttpAndHttpsAreFetched(String url) {
    assertThatThrownBy(() -> byDefault.check(URI.create(url)))
        .isInstanceOf(FetchException.class)
        .hasMessage("only http and https URLs are harvested: " + url);
  }

  @Test
  void theAllowListLiftsTheRefusalForItsEntriesOnly() {
    AddressPolicy policy = new AddressPolicy(List.of("loopback", "10.0.0.0/8", " node.internal "));

    assertThatCode(() -> policy.check(URI.create("http://127.0.0.1:8080/a")))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(URI.create("http://[::1]/a"))).doesNotThrowAnyException();
    assertThatCode(() -> policy.check(URI.create("http://10.200.0.1/a")))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check(URI.create("http://NODE.internal/a")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check(URI.create("http://192.168.1.1/a")))
        .hasMessageContaining("a private address");
    assertThatThrownBy(() -> policy.check(URI.create("http://11.0.0.1.nip/a")))
        .hasMessage("http://11.0.0.1.nip/a: unknown host 11.0.0.1.nip");
  }

  @Test
  void anEmbeddedAddressTheAllowListNamesIsFetched() {
    AddressPolicy policy = new AddressPolicy(List.of("loopback"));

    assertThatCode(() -> policy.check(URI.create("http://[::127.0.0.1]/a")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check(URI.create("http://[2002:a00:1::]/a")))
        .hasMessageContaining("an IPv6 form of a private address");
  }

  @Test
  void whenSavedAnUnknownHostIsLeftForTheRunButAnInternalAddressIsRefused() {
    assertThatCode(() -> byDefault.checkUnlessUnknown(URI.create("http://no-such-host.invalid/")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> byDefault.checkUnlessUnknown(URI.create("http://[::127.0.0.1]/")))
        .hasMessageContaining("an IPv6 form of a loopback address");
    assertThatThrownBy(() -> byDefault.check(URI.create("http://no-such-host.invalid/")))
        .hasMessageContaining("unknown host");
  }

  @Test
  void aMalformedAllowListEntryIsRejected() {
    assertThatThrownBy(() -> new AddressPolicy(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CIDR prefix length out of range: 10.0.0.0/33");
  }
}
