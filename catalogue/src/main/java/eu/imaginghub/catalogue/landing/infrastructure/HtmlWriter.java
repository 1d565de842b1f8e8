package eu.imaginghub.catalogue.landing.infrastructure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Writes HTML with every text and attribute value escaped: data reach the page only through {@link
 * #text} and attribute values, never as markup. Tag and attribute names are the code's own and are
 * checked, so that no caller can slip markup in through them either.
 */
public final class HtmlWriter {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final StringBuilder out = new StringBuilder(16 * 1024);
  private final Deque<String> open = new ArrayDeque<>();

  public HtmlWriter doctype() {
    out.append("<!doctype html>\n");
    return this;
  }

  /**
   * Opens an element. Attributes come in name/value pairs; a null value leaves the attribute out,
   * an empty one writes it bare (for {@code hidden}, {@code defer}).
   */
  public HtmlWriter open(String tag, String... attributes) {
    start(tag, attributes);
    open.push(tag);
    return this;
  }

  /** Closes the element opened last. */
  public HtmlWriter close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** An element holding only text. */
  public HtmlWriter element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close();
  }

  /** An element without content or end tag ({@code meta}, {@code link}, {@code br}). */
  public HtmlWriter empty(String tag, String... attributes) {
    start(tag, attributes);
    return this;
  }

  public HtmlWriter text(String text) {
    if (text != null) {
      escape(text, out);
    }
    return this;
  }

  /**
   * A JSON data block. The JSON is made safe to sit in a script element by writing {@code <},
   * {@code >} and {@code &} as JSON escapes: they can only occur inside JSON strings, where the
   * escape means the same character, so no text can end the element early.
   */
  public HtmlWriter jsonData(String type, String json) {
    open("script", "type", type);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        default -> out.append(c);
      }
    }
    return close();
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    out.append('<').append(checked(tag));
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      out.append(' ').append(checked(attributes[i]));
      if (!value.isEmpty()) {
        out.append("=\"");
        escape(value, out);
        out.append('"');
      }
    }
    out.append('>');
  }

  private static String checked(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a tag or attribute name: " + name);
    }
    return name;
  }

  /** Escapes the characters that could end a text or a quoted attribute value. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escape(text, sb);
    return sb.toString();
  }

  private static void escape(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }
}
