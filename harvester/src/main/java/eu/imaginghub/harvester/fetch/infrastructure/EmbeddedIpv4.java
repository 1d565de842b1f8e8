package eu.imaginghub.harvester.fetch.infrastructure;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The IPv4 address inside an IPv6 address that carries one, which is where a packet to it may end
 * up: IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d}, 6to4 {@code
 * 2002:aabb:ccdd::} and Teredo {@code 2001:0::} (the client address, inverted). The JDK turns
 * IPv4-mapped {@code ::ffff:a.b.c.d} into an IPv4 address itself.
 */
final class EmbeddedIpv4 {

  private EmbeddedIpv4() {}

  /** The embedded IPv4 address, or {@code null} when there is none. */
  static InetAddress of(InetAddress address) {
    if (!(address instanceof Inet6Address)
        || address.isLoopbackAddress()
        || address.isAnyLocalAddress()) {
      // ::1 and :: are IPv6's own loopback and unspecified addresses, not ::0.0.0.1 and ::0.0.0.0
      return null;
    }
    byte[] b = address.getAddress();
    if (zero(b, 0, 12) && !zero(b, 12, 16)) {
      return v4(b[12], b[13], b[14], b[15]);
    }
    if (prefix(b, 0x00, 0x64, 0xff, 0x9b) && zero(b, 4, 12)) {
      return v4(b[12], b[13], b[14], b[15]);
    }
    if (prefix(b, 0x20, 0x02)) {
      return v4(b[2], b[3], b[4], b[5]);
    }
    if (prefix(b, 0x20, 0x01, 0x00, 0x00)) {
      return v4((byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15]);
    }
    return null;
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean prefix(byte[] b, int... bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if ((b[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static InetAddress v4(byte... b) {
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
