package eu.imaginghub.harvester.fetch.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IP addresses in CIDR notation, such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
public record AddressRange(byte[] network, int prefix) {

  /**
   * Parses {@code address/prefix}, or a single address (the whole address is the prefix).
   *
   * @throws IllegalArgumentException when it is no IP address literal or the prefix is out of range
   */
  public static AddressRange parse(String cidr) {
    String[] parts = cidr.strip().split("/", 2);
    if (!isLiteral(parts[0])) {
      throw new IllegalArgumentException("not an IP address or CIDR range: " + cidr);
    }
    byte[] address = literal(parts[0]);
    int bits = address.length * 8;
    int prefix = bits;
    if (parts.length == 2) {
      try {
        prefix = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a CIDR prefix length: " + cidr, e);
      }
    }
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("CIDR prefix length out of range: " + cidr);
    }
    return new AddressRange(address, prefix);
  }

  /** Whether the text is an IPv4 or IPv6 literal (possibly with a prefix), not a host name. */
  public static boolean isLiteral(String text) {
    String host = text.split("/", 2)[0];
    return host.contains(":") || host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (candidate[full] & mask) == (network[full] & mask);
  }

  private static byte[] literal(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    try {
      // a literal is parsed, never looked up
      return InetAddress.getByName(bare).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP address: " + host, e);
    }
  }
}
