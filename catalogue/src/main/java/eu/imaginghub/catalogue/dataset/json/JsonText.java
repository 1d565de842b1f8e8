package eu.imaginghub.catalogue.dataset.json;

import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Untrusted JSON text as the hub reads it: bytes must be UTF-8 (a bad sequence is refused, never
 * replaced), and nesting is bounded before any tree is built, since building one recurses per level
 * and a body nested 100,000 deep would end in a stack overflow.
 */
public final class JsonText {

  /** Deeper than any record needs (a record nests four levels). */
  public static final int MAX_DEPTH = 64;

  // JsonProvider.provider() looks the provider up on every call: find it once
  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonText() {}

  /**
   * Decodes UTF-8 strictly.
   *
   * @throws CharacterCodingException when a byte sequence is not UTF-8
   */
  public static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** Decodes UTF-8 strictly; a bad sequence is a problem naming {@code field}. */
  public static String utf8(byte[] bytes, String field) {
    try {
      return utf8(bytes);
    } catch (CharacterCodingException e) {
      throw ProblemException.invalid(field, "is not valid UTF-8");
    }
  }

  /**
   * Whether JSON text nests at most {@link #MAX_DEPTH} levels: brackets outside strings, counted in
   * one pass without building anything.
   */
  public static boolean shallow(String text) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_DEPTH) {
          return false;
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return true;
  }

  /**
   * Parses one JSON value after checking its depth.
   *
   * @throws ProblemException naming {@code field} when it is no JSON, with line and column
   */
  public static JsonValue parse(String text, String field) {
    if (!shallow(text)) {
      throw ProblemException.invalid(field, "nests deeper than " + MAX_DEPTH + " levels");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw ProblemException.invalid(
          field,
          "is no JSON at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (JsonException e) {
      throw ProblemException.invalid(field, "is no JSON: " + e.getMessage());
    }
  }
}
