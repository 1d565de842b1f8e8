package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The user name and password of a sign-in request: form-encoded (a plain HTML form) or a JSON
 * object. The body is read only up to {@link #MAX_BYTES}: credentials are short.
 */
record LoginForm(String user, String password) {

  static final int MAX_BYTES = 4096;

  private static final JsonProvider JSON = JsonProvider.provider();

  static LoginForm read(HttpServletRequest request) throws IOException {
    String type = request.getContentType();
    String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (mediaType) {
      case "application/json" -> fromJson(body(request));
      case "application/x-www-form-urlencoded" -> fromForm(text(body(request)));
      default ->
          throw new ProblemException(
              ProblemException.Kind.UNSUPPORTED_MEDIA_TYPE,
              "Send the credentials as application/x-www-form-urlencoded or application/json");
    };
  }

  static LoginForm fromForm(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return new LoginForm(fields.get("user"), fields.get("password"));
  }

  static LoginForm fromJson(byte[] body) {
    JsonValue value;
    try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw malformed("is not JSON");
    }
    if (!(value instanceof JsonObject object)) {
      throw malformed("is no JSON object");
    }
    return new LoginForm(string(object, "user"), string(object, "password"));
  }

  private static String string(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString();
    }
    throw ProblemException.invalid(name, "must be a string");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed("is not valid form encoding");
    }
  }

  private static byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return bytes;
    }
  }

  /** UTF-8 strictly: a bad byte sequence is refused, never replaced. */
  private static String text(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("is not UTF-8");
    }
  }

  private static ProblemException tooLarge() {
    return new ProblemException(
        ProblemException.Kind.PAYLOAD_TOO_LARGE,
        "Sign-in requests carry at most " + MAX_BYTES + " bytes");
  }

  private static ProblemException malformed(String what) {
    return new ProblemException(ProblemException.Kind.INVALID_INPUT, "The body " + what);
  }
}
