package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the prolog of an XML document (before its root element) for a document type declaration.
 * RDF/XML needs none, and a DTD is how external entities (reading local files or internal hosts)
 * and entity expansion bombs get in, so any DTD is refused outright.
 */
final class XmlProlog {

  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

  private XmlProlog() {}

  static void refuseDoctype(byte[] content) {
    int i = skipBomAndSpace(content, 0);
    while (i < content.length && content[i] == '<' && i + 1 < content.length) {
      if (content[i + 1] == '?') {
        i = skipBomAndSpace(content, skipPast(content, i, "?>"));
      } else if (startsWith(content, i, "<!--")) {
        i = skipBomAndSpace(content, skipPast(content, i, "-->"));
      } else if (startsWithIgnoreCase(content, i)) {
        throw new RecordParseException(
            "RDF/XML with a document type declaration (DTD) is refused", line(content, i), 1, null);
      } else {
        return;
      }
    }
  }

  static int skipBomAndSpace(byte[] content, int from) {
    int i = from;
    if (i == 0 && content.length >= 3 && (content[0] & 0xFF) == 0xEF) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace((char) content[i])) {
      i++;
    }
    return i;
  }

  private static int skipPast(byte[] content, int from, String end) {
    for (int i = from; i < content.length; i++) {
      if (startsWith(content, i, end)) {
        return i + end.length();
      }
    }
    return content.length;
  }

  private static boolean startsWith(byte[] content, int at, String text) {
    if (at + text.length() > content.length) {
      return false;
    }
    for (int k = 0; k < text.length(); k++) {
      if (content[at + k] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(byte[] content, int at) {
    if (at + DOCTYPE.length > content.length) {
      return false;
    }
    for (int k = 0; k < DOCTYPE.length; k++) {
      if (Character.toUpperCase((char) content[at + k]) != DOCTYPE[k]) {
        return false;
      }
    }
    return true;
  }

  private static int line(byte[] content, int upTo) {
    int line = 1;
    for (int i = 0; i < upTo; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
