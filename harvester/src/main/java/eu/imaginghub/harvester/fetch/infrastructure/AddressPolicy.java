package eu.imaginghub.harvester.fetch.infrastructure;

import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.fetch.domain.FetchException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which URLs the harvester may fetch: http and https only, and never a host that resolves to a
 * loopback, link-local, private, carrier-grade NAT, unspecified, multicast or reserved address
 * (benchmarking 198.18.0.0/15, 240.0.0.0/4 with the broadcast address, documentation ranges, local
 * NAT64), nor to an IPv6 address that embeds such an IPv4 address (IPv4-compatible {@code
 * ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, Teredo {@code 2001::/32}), so
 * that a harvest source (or a redirect, or a listed dataset IRI) cannot reach the hub's own
 * network. The allow-list lifts this for named hosts, addresses or CIDR ranges ({@code loopback}
 * for 127.0.0.0/8 and ::1).
 *
 * <p>The host is looked up once per request: {@link #checked} checks every address of that one
 * answer and hands one of them to the HTTP client to connect to, so a DNS answer that changes after
 * the check (DNS rebinding) cannot move the connection elsewhere.
 */
public final class AddressPolicy {

  private record Kind(String name, Predicate<InetAddress> test) {}

  private static final List<AddressRange> PRIVATE =
      ranges("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fec0::/10");

  private static final List<AddressRange> UNSPECIFIED = ranges("0.0.0.0/8", "::/128");

  private static final List<AddressRange> CARRIER_GRADE_NAT = ranges("100.64.0.0/10");

  private static final List<AddressRange> LOOPBACK = ranges("127.0.0.0/8", "::1/128");

  /** Not routable on the internet: benchmarking, future use, documentation, IETF, local NAT64. */
  private static final List<AddressRange> RESERVED =
      ranges(
          "198.18.0.0/15",
          "240.0.0.0/4",
          "192.0.0.0/24",
          "192.0.2.0/24",
          "198.51.100.0/24",
          "203.0.113.0/24",
          "2001:db8::/32",
          "100::/64",
          "64:ff9b:1::/48");

  /** Kinds of address refused, in the order they are tested and named. */
  private static final List<Kind> REFUSED =
      List.of(
          new Kind("a loopback", InetAddress::isLoopbackAddress),
          new Kind("a link-local", InetAddress::isLinkLocalAddress),
          new Kind("a private", a -> a.isSiteLocalAddress() || in(PRIVATE, a)),
          new Kind("a carrier-grade NAT", a -> in(CARRIER_GRADE_NAT, a)),
          new Kind("an unspecified", a -> a.isAnyLocalAddress() || in(UNSPECIFIED, a)),
          new Kind("a multicast", InetAddress::isMulticastAddress),
          new Kind("a reserved", a -> in(RESERVED, a)));

  /** How a host name becomes addresses: the JVM's resolver, or a stand-in in tests. */
  @FunctionalInterface
  interface Lookup {
    InetAddress[] addresses(String host) throws UnknownHostException;
  }

  private final Set<String> allowedHosts;
  private final List<AddressRange> allowedRanges;
  private final Lookup lookup;

  /**
   * @param allowPrivate host names, IP addresses, CIDR ranges and {@code loopback}
   * @throws IllegalArgumentException for an entry that is not a valid range
   */
  public AddressPolicy(List<String> allowPrivate) {
    this(allowPrivate, InetAddress::getAllByName);
  }

  AddressPolicy(List<String> allowPrivate, Lookup lookup) {
    this.lookup = lookup;
    Set<String> hosts = new HashSet<>();
    List<AddressRange> allowed = new ArrayList<>();
    for (String entry : allowPrivate) {
      String e = entry.strip().toLowerCase(Locale.ROOT);
      if (e.equals("loopback")) {
        allowed.addAll(LOOPBACK);
      } else if (AddressRange.isLiteral(e)) {
        allowed.add(AddressRange.parse(e));
      } else {
        hosts.add(e);
      }
    }
    this.allowedHosts = Set.copyOf(hosts);
    this.allowedRanges = List.copyOf(allowed);
  }

  /**
   * Checks a URL before it is requested.
   *
   * @throws FetchException naming the URL and the reason when it may not be fetched
   */
  public void check(URI url) {
    if (!allowedHosts.contains(hostName(url))) {
      check(url, true);
    }
  }

  /**
   * Checks a URL before it is requested and gives the address to connect to: the first address of
   * the one lookup whose every address passed the check (a host the allow-list names is looked up
   * all the same, to be connected to).
   *
   * @throws FetchException naming the URL and the reason when it may not be fetched
   */
  InetAddress checked(URI url) {
    return check(url, true)[0];
  }

  /**
   * Checks a URL when it is saved: as {@link #check}, except that a host name that does not resolve
   * (yet) is let through, since the check is made again before every request.
   */
  public void checkUnlessUnknown(URI url) {
    if (!allowedHosts.contains(hostName(url))) {
      check(url, false);
    }
  }

  private InetAddress[] check(URI url, boolean mustResolve) {
    String text = url.toString();
    String name = hostName(url);
    InetAddress[] addresses;
    try {
      addresses = resolve(text, name);
    } catch (FetchException e) {
      if (mustResolve) {
        throw e;
      }
      return new InetAddress[0];
    }
    if (!allowedHosts.contains(name)) {
      for (InetAddress address : addresses) {
        refuseIfNeeded(text, url.getHost(), address);
      }
    }
    return addresses;
  }

  /**
   * The URL's host, lower case and without the brackets of an IPv6 literal.
   *
   * @throws FetchException for a scheme other than http and https, or no host
   */
  static String hostName(URI url) {
    String text = url.toString();
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(text, "only http and https URLs are harvested: " + text);
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(text, "the URL has no host: " + text);
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name;
  }

  private void refuseIfNeeded(String text, String host, InetAddress address) {
    String kind = refusedKind(address);
    if (kind != null) {
      throw new FetchException(
          text,
          text
              + ": host "
              + host
              + " resolves to "
              + address.getHostAddress()
              + ", "
              + kind
              + " address; such hosts are harvested only when "
              + HarvesterSettings.FETCH_ALLOW_PRIVATE.key()
              + " allows them");
    }
  }

  private String refusedKind(InetAddress address) {
    String kind = refusedKindOf(address);
    if (kind != null) {
      return kind;
    }
    InetAddress embedded = EmbeddedIpv4.of(address);
    String inner = embedded == null ? null : refusedKindOf(embedded);
    return inner == null ? null : "an IPv6 form of " + inner;
  }

  private String refusedKindOf(InetAddress address) {
    if (in(allowedRanges, address)) {
      return null;
    }
    return REFUSED.stream()
        .filter(k -> k.test().test(address))
        .map(Kind::name)
        .findFirst()
        .orElse(null);
  }

  private InetAddress[] resolve(String url, String host) {
    try {
      InetAddress[] addresses = lookup.addresses(host);
      if (addresses == null || addresses.length == 0) {
        throw new UnknownHostException(host);
      }
      return addresses;
    } catch (UnknownHostException e) {
      throw new FetchException(url, url + ": unknown host " + host, e);
    }
  }

  private static boolean in(List<AddressRange> ranges, InetAddress address) {
    return ranges.stream().anyMatch(r -> r.contains(address));
  }

  private static List<AddressRange> ranges(String... cidrs) {
    return java.util.Arrays.stream(cidrs).map(AddressRange::parse).toList();
  }
}
