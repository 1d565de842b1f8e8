package eu.imaginghub.catalogue.export.infrastructure;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a model as flattened, compacted JSON-LD: a {@code @context} of the model's prefixes, then
 * a {@code @graph} with one node object per subject. The document is streamed in one pass over the
 * model, each statement read once, so the work is linear in the graph's size. Jena's own JSON-LD
 * writer runs the JSON-LD "from RDF" algorithm, which compares every new value with all values the
 * property already has: a record with thousands of keywords took seconds, growing quadratically.
 */
final class JsonLdWriter {

  private static final JsonGeneratorFactory FACTORY =
      JsonProvider.provider().createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private final Map<String, String> prefixes;
  private final Map<Resource, String> blankIds = new HashMap<>();

  private JsonLdWriter(Model model) {
    this.prefixes = model.getNsPrefixMap();
  }

  /** Writes the model in UTF-8, leaving the stream open for the caller to close. */
  static void write(Model model, OutputStream out) {
    new JsonLdWriter(model).document(model, out);
  }

  private void document(Model model, OutputStream out) {
    JsonGenerator json = FACTORY.createGenerator(new Unclosed(out), StandardCharsets.UTF_8);
    json.writeStartObject();
    json.writeStartObject("@context");
    prefixes.forEach(
        (prefix, ns) -> {
          if (!prefix.isEmpty()) {
            json.write(prefix, ns);
          }
        });
    json.writeEnd();
    json.writeStartArray("@graph");
    model.listSubjects().forEachRemaining(subject -> node(subject, json));
    json.writeEnd();
    json.writeEnd();
    json.close();
  }

  private void node(Resource subject, JsonGenerator json) {
    List<String> types = new ArrayList<>();
    Map<Property, List<RDFNode>> values = new LinkedHashMap<>();
    StmtIterator statements = subject.listProperties();
    try {
      while (statements.hasNext()) {
        Statement s = statements.next();
        RDFNode object = s.getObject();
        if (s.getPredicate().equals(RDF.type) && object.isURIResource()) {
          types.add(compact(object.asResource().getURI()));
        } else {
          values.computeIfAbsent(s.getPredicate(), p -> new ArrayList<>()).add(object);
        }
      }
    } finally {
      statements.close();
    }
    json.writeStartObject();
    json.write("@id", id(subject));
    if (!types.isEmpty()) {
      writeOneOrMany(json, "@type", types);
    }
    values.forEach(
        (property, objects) -> {
          String key = compact(property.getURI());
          if (objects.size() == 1) {
            json.writeKey(key);
            value(objects.get(0), json);
          } else {
            json.writeStartArray(key);
            objects.forEach(o -> value(o, json));
            json.writeEnd();
          }
        });
    json.writeEnd();
  }

  private static void writeOneOrMany(JsonGenerator json, String key, List<String> values) {
    if (values.size() == 1) {
      json.write(key, values.get(0));
    } else {
      json.writeStartArray(key);
      values.forEach(json::write);
      json.writeEnd();
    }
  }

  private void value(RDFNode node, JsonGenerator json) {
    if (node.isLiteral()) {
      literal(node.asLiteral(), json);
      return;
    }
    json.writeStartObject();
    json.write("@id", id(node.asResource()));
    json.writeEnd();
  }

  private void literal(Literal literal, JsonGenerator json) {
    String language = literal.getLanguage();
    String datatype = literal.getDatatypeURI();
    if (language != null && !language.isEmpty()) {
      json.writeStartObject();
      json.write("@language", language);
      json.write("@value", literal.getLexicalForm());
      json.writeEnd();
    } else if (datatype == null || XSDDatatype.XSDstring.getURI().equals(datatype)) {
      json.write(literal.getLexicalForm());
    } else {
      json.writeStartObject();
      json.write("@value", literal.getLexicalForm());
      json.write("@type", compact(datatype));
      json.writeEnd();
    }
  }

  private String id(Resource resource) {
    if (resource.isAnon()) {
      return blankIds.computeIfAbsent(resource, r -> "_:b" + blankIds.size());
    }
    return compact(resource.getURI());
  }

  /**
   * The IRI as {@code prefix:local} when a prefix of the context expands to it. Only namespaces
   * ending in {@code /} or {@code #} are used, as JSON-LD 1.1 takes only those as prefixes; a local
   * part starting with {@code //} would be read as an absolute IRI, so such IRIs stay whole.
   */
  private String compact(String iri) {
    String best = null;
    int bestLength = 0;
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      String ns = p.getValue();
      if (ns.length() > bestLength
          && !p.getKey().isEmpty()
          && iri.startsWith(ns)
          && (ns.endsWith("/") || ns.endsWith("#"))
          && !iri.startsWith("//", ns.length())) {
        best = p.getKey();
        bestLength = ns.length();
      }
    }
    return best == null ? iri : best + ":" + iri.substring(bestLength);
  }

  /** The generator closes its stream; the caller owns this one. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
