package eu.imaginghub.harvester.fetch.infrastructure;

import eu.imaginghub.catalogue.dataset.json.JsonText;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a document in the hub's own JSON record format (what nodes push: a JSON array of records,
 * one record object, or NDJSON) into its records. Plain {@code application/json} may also be
 * JSON-LD: unless the source is fixed to the hub's format, a document is taken as ours only when no
 * top-level object uses a JSON-LD keyword and there is at least one record, so a JSON-LD catalogue
 * is never misread as an empty list of records.
 */
public final class HubJsonReader {

  public static final String NDJSON = "application/x-ndjson";

  // Json.createReader looks the provider up on every call: too slow for an NDJSON line each
  private static final JsonProvider JSON = JsonProvider.provider();

  private HubJsonReader() {}

  /**
   * The records of a document, or empty when it is not in the hub's format (read it as JSON-LD).
   *
   * @param fixed whether the source is set to the hub's format (then a JSON document must be ours)
   * @throws RecordParseException when the body is no JSON
   */
  public static Optional<List<JsonRecord>> records(byte[] body, String mediaType, boolean fixed) {
    String type = bareType(mediaType);
    String text;
    try {
      text = JsonText.utf8(body);
    } catch (CharacterCodingException e) {
      throw new RecordParseException("not valid UTF-8");
    }
    if (NDJSON.equals(type)) {
      return Optional.of(ndjson(text));
    }
    if (!"application/json".equals(type)) {
      return Optional.empty();
    }
    JsonValue value = parse(text, 0);
    JsonValue.ValueType kind = value.getValueType();
    if (fixed && kind != JsonValue.ValueType.ARRAY && kind != JsonValue.ValueType.OBJECT) {
      throw new RecordParseException(
          "the document is " + kind.name().toLowerCase(Locale.ROOT) + ", not records");
    }
    List<JsonValue> values =
        value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
    boolean ours = !values.isEmpty() && values.stream().allMatch(HubJsonReader::isRecordObject);
    // in a fixed-format document every value is a record: one that is not is refused by itself
    return fixed || ours
        ? Optional.of(values.stream().map(HubJsonReader::record).toList())
        : Optional.empty();
  }

  private static List<JsonRecord> ndjson(String text) {
    List<JsonRecord> records = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      records.add(record(parse(lines[i], i + 1)));
    }
    return records;
  }

  private static boolean isRecordObject(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.OBJECT
        && value.asJsonObject().keySet().stream().noneMatch(k -> k.startsWith("@"));
  }

  private static JsonRecord record(JsonValue value) {
    JsonValue id =
        value.getValueType() == JsonValue.ValueType.OBJECT
            ? ((JsonObject) value).get("localId")
            : null;
    return new JsonRecord(
        id instanceof JsonString s ? s.getString().strip() : null, value.toString());
  }

  /** Parses JSON text; {@code line} is the NDJSON line it stands on, 0 for a whole document. */
  private static JsonValue parse(String text, int line) {
    if (!JsonText.shallow(text)) {
      throw new RecordParseException(
          "nests deeper than " + JsonText.MAX_DEPTH + " levels", Math.max(line, 1), 1, null);
    }
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new RecordParseException(
            "not valid JSON: there is no JSON value", Math.max(line, 1), 1, null);
      }
      parser.next();
      JsonValue value = parser.getValue();
      // a JsonReader stops after the first value and ignored what followed it (found by fuzzing);
      // Parsson's parser refuses it in hasNext, other providers may answer true
      if (parser.hasNext()) {
        JsonLocation at = parser.getLocation();
        throw new RecordParseException(
            "not valid JSON: more follows the JSON value",
            line > 0 ? line : at.getLineNumber(),
            at.getColumnNumber(),
            null);
      }
      return value;
    } catch (JsonParsingException e) {
      long at = line > 0 ? line : e.getLocation().getLineNumber();
      throw new RecordParseException(
          "not valid JSON: " + e.getMessage(), at, e.getLocation().getColumnNumber(), e);
    } catch (JsonException e) {
      throw new RecordParseException("not valid JSON: " + e.getMessage());
    }
  }

  /** A media type without parameters, in lower case; empty for none. */
  public static String bareType(String mediaType) {
    if (mediaType == null) {
      return "";
    }
    int semicolon = mediaType.indexOf(';');
    String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }
}
