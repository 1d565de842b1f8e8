package eu.imaginghub.webapp.problem;

/**
 * Well-formed UTF-8 (RFC 3629), byte by byte: no overlong forms, no surrogates, nothing past
 * U+10FFFF, no sequence cut short.
 */
final class Utf8Check {

  private int needed;
  private int low = 0x80;
  private int high = 0xBF;

  /** Whether the byte can follow the ones before it. */
  boolean accept(int b) {
    if (needed > 0) {
      if (b < low || b > high) {
        return false;
      }
      needed--;
      low = 0x80;
      high = 0xBF;
      return true;
    }
    if (b < 0x80) {
      return true;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      return expect(1, 0x80, 0xBF);
    }
    if (b >= 0xE0 && b <= 0xEF) {
      // E0 needs A0.. (no overlong form), ED stops at 9F (no surrogates)
      return expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
    }
    if (b >= 0xF0 && b <= 0xF4) {
      // F0 needs 90.. (no overlong form), F4 stops at 8F (nothing past U+10FFFF)
      return expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
    }
    return false;
  }

  /** Whether the bytes so far end on a whole character. */
  boolean complete() {
    return needed == 0;
  }

  private boolean expect(int count, int nextLow, int nextHigh) {
    needed = count;
    low = nextLow;
    high = nextHigh;
    return true;
  }
}
