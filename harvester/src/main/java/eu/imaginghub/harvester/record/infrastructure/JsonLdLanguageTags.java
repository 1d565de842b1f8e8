package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.harvester.record.domain.RecordParseException;
import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import org.apache.jena.langtag.LangTags;

/**
 * Finds invalid language tags in a JSON-LD document before it is read as RDF. The JSON-LD processor
 * only logs a value with an invalid {@code @language} and drops it, so a strict reading would
 * otherwise lose text without a word, where Turtle's parser fails at the same tag. The document is
 * read as a stream of events, so its depth costs no stack here.
 */
final class JsonLdLanguageTags {

  private JsonLdLanguageTags() {}

  /**
   * @throws RecordParseException at the first {@code @language} whose value is no valid BCP 47 tag
   */
  static void refuseInvalid(byte[] content) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(content))) {
      boolean languageKey = false;
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.KEY_NAME) {
          languageKey = "@language".equals(parser.getString());
        } else {
          if (languageKey && event == JsonParser.Event.VALUE_STRING) {
            check(parser.getString(), parser.getLocation());
          }
          languageKey = false;
        }
      }
    } catch (RecordParseException e) {
      throw e;
    } catch (RuntimeException e) {
      // JSON this scan cannot read (malformed, or deeper than the JSON parser goes): the JSON-LD
      // reader then reports the problem in its own words
    }
  }

  private static void check(String tag, JsonLocation at) {
    if (!LangTags.check(tag)) {
      throw new RecordParseException(
          "JSON-LD error: Language not valid: " + tag,
          at.getLineNumber(),
          at.getColumnNumber(),
          null);
    }
  }
}
