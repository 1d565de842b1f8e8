package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.tracer.trace.domain.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Writes a record graph as sorted N-Triples with content-derived blank-node labels, so the same
 * statements give the same text whatever order and labels the source document used. A blank node is
 * labelled by a hash of its own statements, in which nested blank nodes appear by their labels in
 * turn (records are trees of blank nodes below the dataset; a cycle is cut at the repeated node).
 * Blank nodes with identical statements get identical labels: they say the same thing.
 */
final class CanonicalNTriples {

  private static final String CYCLE = "_:cycle";

  private final Graph graph;
  private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

  private final Map<Node, String> labels = new HashMap<>();
  private final Map<Node, String> terms = new HashMap<>();
  private final Set<Node> onPath = new HashSet<>();

  private CanonicalNTriples(Graph graph) {
    this.graph = graph;
  }

  static String write(Graph graph) {
    CanonicalNTriples writer = new CanonicalNTriples(graph);
    List<String> lines = new ArrayList<>(graph.size());
    graph.find().forEach(t -> lines.add(writer.line(t)));
    lines.sort(null);
    StringBuilder text = new StringBuilder(lines.size() * 120);
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }

  private String line(Triple t) {
    return term(t.getSubject()) + " " + term(t.getPredicate()) + " " + term(t.getObject()) + " .";
  }

  private String term(Node node) {
    if (node.isBlank()) {
      return label(node);
    }
    String known = terms.get(node);
    if (known == null) {
      known = node.isURI() ? iri(node.getURI()) : literal(node);
      terms.put(node, known);
    }
    return known;
  }

  /** N-Triples IRI: characters IRIs may not hold directly are written as escapes. */
  private static String iri(String iri) {
    if (plain(iri)) {
      return "<" + iri + ">";
    }
    StringBuilder out = new StringBuilder(iri.length() + 2).append('<');
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (needsEscape(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('>').toString();
  }

  private static boolean plain(String iri) {
    for (int i = 0; i < iri.length(); i++) {
      if (needsEscape(iri.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsEscape(int c) {
    return c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0;
  }

  /** N-Triples literal; xsd:string is left implicit, as RDF 1.1 has it. */
  private static String literal(Node node) {
    String lexical = node.getLiteralLexicalForm();
    StringBuilder out = new StringBuilder(lexical.length() + 16).append('"');
    for (int i = 0; i < lexical.length(); i++) {
      char c = lexical.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    out.append('"');
    String language = node.getLiteralLanguage();
    if (language != null && !language.isEmpty()) {
      return out.append('@').append(language).toString();
    }
    String datatype = node.getLiteralDatatypeURI();
    if (datatype != null && !datatype.equals(XSD_STRING)) {
      out.append("^^").append(iri(datatype));
    }
    return out.toString();
  }

  private String label(Node blank) {
    String known = labels.get(blank);
    if (known != null) {
      return known;
    }
    if (!onPath.add(blank)) {
      return CYCLE;
    }
    List<String> content = new ArrayList<>();
    graph
        .find(blank, Node.ANY, Node.ANY)
        .forEach(t -> content.add(term(t.getPredicate()) + " " + term(t.getObject())));
    content.sort(null);
    onPath.remove(blank);
    String hash = Sha256.hex(String.join("\n", content).getBytes(StandardCharsets.UTF_8));
    String label = "_:b" + hash.substring(0, 24);
    labels.put(blank, label);
    return label;
  }
}
