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
import org.apache.jena.riot.out.NodeFmtLib;

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
  private final Map<Node, String> labels = new HashMap<>();
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
    return node.isBlank() ? label(node) : NodeFmtLib.strNT(node);
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
