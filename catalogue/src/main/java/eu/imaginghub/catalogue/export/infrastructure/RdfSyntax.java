package eu.imaginghub.catalogue.export.infrastructure;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;

/** The RDF syntaxes the export speaks, by media type. Readable variants are preferred. */
public enum RdfSyntax {
  TURTLE("text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
  JSON_LD("application/ld+json", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
  RDF_XML("application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_ABBREV),
  N_TRIPLES("application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8);

  private final String mediaType;
  private final Lang lang;
  private final RDFFormat format;

  RdfSyntax(String mediaType, Lang lang, RDFFormat format) {
    this.mediaType = mediaType;
    this.lang = lang;
    this.format = format;
  }

  public String mediaType() {
    return mediaType;
  }

  public Lang lang() {
    return lang;
  }

  public RDFFormat format() {
    return format;
  }

  /** Matches a media type, ignoring case and parameters such as {@code charset}. */
  public static Optional<RdfSyntax> forMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String essence = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.mediaType.equals(essence)).findFirst();
  }

  /**
   * Writes the model in UTF-8, leaving the stream open for the caller to close. Turtle uses
   * {@code @prefix} rather than Jena's default {@code PREFIX}: it is what the profile's examples
   * show and what older Turtle parsers read. JSON-LD has its own linear writer ({@link
   * JsonLdWriter}).
   */
  public void write(Model model, OutputStream out) {
    if (this == JSON_LD) {
      JsonLdWriter.write(model, out);
      return;
    }
    RDFWriter.source(model).format(format).set(RIOT.symTurtleDirectiveStyle, "at").output(out);
  }
}
