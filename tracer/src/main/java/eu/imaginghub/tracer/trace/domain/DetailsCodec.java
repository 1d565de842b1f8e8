package eu.imaginghub.tracer.trace.domain;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stores a trace's details as sorted {@code key=value} lines, with backslash escapes for the
 * separators: simple to read in the database, and round-trips exactly.
 */
final class DetailsCodec {

  private DetailsCodec() {}

  static String encode(Map<String, String> details) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(details)
        .forEach((k, v) -> out.append(escape(k)).append('=').append(escape(v)).append('\n'));
    return out.toString();
  }

  static SortedMap<String, String> decode(String text) {
    SortedMap<String, String> details = new TreeMap<>();
    StringBuilder current = new StringBuilder();
    String key = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        current.append(next == 'n' ? '\n' : next);
      } else if (ch == '=' && key == null) {
        key = current.toString();
        current.setLength(0);
      } else if (ch == '\n') {
        details.put(key, current.toString());
        key = null;
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    return details;
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n");
  }
}
