package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;

/**
 * Reads a fetched document into a model. The syntax comes from the media type, or from the content
 * when the server sent a generic one. Untrusted input is read defensively: RDF/XML with a document
 * type declaration is refused before parsing (no DTD, so no external entity and no entity
 * expansion), and JSON-LD loads only the contexts bundled with the hub (no request leaves the
 * harvester on a document's say-so).
 *
 * <p>Reading is strict, since what a lenient parser guesses is then stored as the node's word: a
 * Turtle document cut inside a statement, and anything the parser warns of (an invalid language
 * tag, a literal not valid for its datatype) fail the whole document with their line and column.
 */
public final class RdfDocumentReader {

  private static final Map<String, Lang> MEDIA_TYPES =
      Map.of(
          "text/turtle", Lang.TURTLE,
          "application/x-turtle", Lang.TURTLE,
          "application/rdf+xml", Lang.RDFXML,
          "application/ld+json", Lang.JSONLD,
          "application/json", Lang.JSONLD,
          "application/n-triples", Lang.NTRIPLES,
          "text/n3", Lang.TURTLE);

  /** What relative IRIs resolve against in a document read without a base, to be found again. */
  private static final String NO_BASE = "urn:imaging-hub:no-base:/";

  private static final Set<String> GENERIC =
      Set.of("text/plain", "application/octet-stream", "application/xml", "text/xml");

  /**
   * Parses the document.
   *
   * @param mediaType the Content-Type sent with it (parameters ignored); null or generic types
   *     ({@code text/plain}, {@code application/octet-stream}, XML) are resolved from the content
   * @param baseUri the URI the document was fetched from, to resolve relative IRIs; null when it
   *     has none (a pushed body), and then a relative IRI is refused
   * @throws RecordParseException when the type is not RDF or the content is not well-formed, with
   *     the line and column of the fault when known
   */
  public Model read(byte[] content, String mediaType, String baseUri) {
    Lang lang = syntax(mediaType, content);
    if (lang == Lang.RDFXML) {
      XmlProlog.refuseDoctype(content);
    } else if (lang == Lang.JSONLD) {
      JsonLdLanguageTags.refuseInvalid(content);
    }
    Model model = ModelFactory.createDefaultModel();
    try {
      RDFParser.source(new ByteArrayInputStream(content))
          .lang(lang)
          .base(baseUri == null ? NO_BASE : baseUri)
          // strict: Turtle's last statement needs its '.', so a cut document is no document
          .strict(true)
          .errorHandler(new StrictErrorHandler())
          .context(JsonLdContexts.offline())
          .parse(model);
    } catch (RecordParseException e) {
      throw e;
    } catch (RiotParseException e) {
      throw new RecordParseException(
          lang.getLabel() + " syntax error: " + e.getOriginalMessage(), e.getLine(), e.getCol(), e);
    } catch (RiotException e) {
      throw new RecordParseException(lang.getLabel() + " error: " + e.getMessage(), -1, -1, e);
    } catch (StackOverflowError e) { // the parsers recurse once per level of nesting
      throw new RecordParseException(
          lang.getLabel() + " error: the document is nested too deeply to be read", -1, -1, null);
    } catch (RuntimeIOException e) {
      // e.g. an XML declaration naming an encoding the JDK does not know (found by fuzzing)
      String what =
          e.getCause() instanceof UnsupportedEncodingException u
              ? "unsupported character encoding " + u.getMessage()
              : "unreadable content";
      throw new RecordParseException(lang.getLabel() + " error: " + what, -1, -1, e);
    }
    if (baseUri == null) {
      refuseRelativeIris(model, lang);
    }
    return model;
  }

  /**
   * A document read without a base (a push has no address of its own) may not use relative IRIs:
   * the IRI they stand for is unknown. They are resolved against a base no document can use, then
   * looked for.
   */
  private static void refuseRelativeIris(Model model, Lang lang) {
    StmtIterator it = model.listStatements();
    try {
      while (it.hasNext()) {
        Statement s = it.next();
        for (RDFNode node : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
          if (node.isURIResource() && node.asResource().getURI().startsWith(NO_BASE)) {
            throw new RecordParseException(
                lang.getLabel()
                    + " error: relative IRI <"
                    + node.asResource().getURI().substring(NO_BASE.length())
                    + "> in a document without a base",
                -1,
                -1,
                null);
          }
        }
      }
    } finally {
      it.close();
    }
  }

  /** The syntax of a document, from its media type or, for generic types, its first characters. */
  public static Lang syntax(String mediaType, byte[] content) {
    String essence =
        mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    Lang lang = MEDIA_TYPES.get(essence);
    if (lang != null) {
      return lang;
    }
    if (essence.isEmpty() || GENERIC.contains(essence)) {
      return sniff(content);
    }
    throw new RecordParseException("not an RDF media type: " + essence);
  }

  private static Lang sniff(byte[] content) {
    int i = XmlProlog.skipBomAndSpace(content, 0);
    if (i >= content.length) {
      throw new RecordParseException("the document is empty");
    }
    char first = (char) content[i];
    if (first == '{' || first == '[') {
      return Lang.JSONLD;
    }
    if (first == '<' && i + 1 < content.length) {
      char next = (char) content[i + 1];
      if (next == '?' || next == '!' || startsElement(content, i + 1)) {
        return Lang.RDFXML;
      }
    }
    // Turtle reads N-Triples too
    return Lang.TURTLE;
  }

  /**
   * An IRI of Turtle or N-Triples closes with '>' before any whitespace; an RDF/XML root element
   * carries namespace attributes, so whitespace comes first.
   */
  private static boolean startsElement(byte[] content, int from) {
    for (int j = from; j < content.length; j++) {
      char c = (char) content[j];
      if (c == '>') {
        return false;
      }
      if (Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }
}
