package eu.imaginghub.harvester.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixture documents under {@code src/test/resources/fixtures}. */
public final class Fixtures {

  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture as UTF-8 text. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The media type a server would send for a fixture, by its extension. */
  public static String mediaType(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return switch (ext) {
      case "ttl" -> "text/turtle";
      case "rdf" -> "application/rdf+xml";
      case "jsonld" -> "application/ld+json";
      case "nt" -> "application/n-triples";
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The URL the runtime's integration tests serve fixtures under, as a base URI. */
  public static String base(String name) {
    return "https://fixtures.example.org/" + name;
  }
}
