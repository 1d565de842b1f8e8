package eu.imaginghub.tracer.trace.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The canonical bytes of a trace: compact JSON with a fixed key order, so the same trace always
 * hashes to the same value, today and after any migration of how rows are stored.
 */
final class CanonicalForm {

  private final StringBuilder json = new StringBuilder("{");

  private CanonicalForm() {}

  static byte[] of(Trace t) {
    return of(t.content(), t.sequence());
  }

  static byte[] of(ChainContent t, long sequence) {
    CanonicalForm c = new CanonicalForm();
    c.field("action", t.action().name());
    c.field("caller", t.caller());
    c.list("contentHashes", t.contentHashList());
    c.list("datasetIds", t.datasetIds());
    c.map("details", t.decodedDetails());
    // the stored id read back as a UUID, as it has always been hashed
    c.field("id", UUID.fromString(t.id()).toString());
    c.field("recordedAt", t.recordedAt().toString());
    c.number("schemaVersion", t.schemaVersion());
    c.number("sequence", sequence);
    c.field("tool", t.tool());
    c.field("toolVersion", t.toolVersion());
    c.field("user", t.userPseudonym());
    c.json.setLength(c.json.length() - 1);
    c.json.append('}');
    return c.json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void key(String name) {
    string(name);
    json.append(':');
  }

  private void field(String name, String value) {
    key(name);
    if (value == null) {
      json.append("null");
    } else {
      string(value);
    }
    json.append(',');
  }

  private void number(String name, long value) {
    key(name);
    json.append(value).append(',');
  }

  private void list(String name, List<String> values) {
    key(name);
    json.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      string(values.get(i));
    }
    json.append("],");
  }

  private void map(String name, Map<String, String> values) {
    key(name);
    json.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (!first) {
        json.append(',');
      }
      first = false;
      string(e.getKey());
      json.append(':');
      string(e.getValue());
    }
    json.append("},");
  }

  private void string(String value) {
    json.append('"');
    for (char ch : value.toCharArray()) {
      switch (ch) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (ch < 0x20) {
            json.append(String.format("\\u%04x", (int) ch));
          } else {
            json.append(ch);
          }
        }
      }
    }
    json.append('"');
  }
}
