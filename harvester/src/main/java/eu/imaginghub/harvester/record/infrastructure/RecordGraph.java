package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.CATALOG;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DATASET;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PARTIAL_COLLECTION_VIEW;

import eu.imaginghub.tracer.trace.domain.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The graph of one record, cut out of a document: the dataset's statements and, transitively, those
 * of every resource it reaches (blank or IRI: distributions, agents, contact points, periods,
 * labelled codes), stopping at other datasets and at catalogues and their pages. Its canonical
 * N-Triples form and hash do not depend on statement order or blank-node labels.
 */
public final class RecordGraph {

  private final Node root;
  private final Graph graph;
  private final String canonical;

  private RecordGraph(Node root, Graph graph) {
    this.root = root;
    this.graph = graph;
    this.canonical = CanonicalNTriples.write(graph);
  }

  /** Cuts the record of {@code dataset} out of its document. */
  public static RecordGraph of(Resource dataset) {
    Graph source = dataset.getModel().getGraph();
    Graph graph = GraphFactory.createGraphMem();
    Set<Node> visited = new HashSet<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(dataset.asNode());
    visited.add(dataset.asNode());
    while (!pending.isEmpty()) {
      Node subject = pending.pop();
      List<Triple> triples = source.find(subject, Node.ANY, Node.ANY).toList();
      for (Triple t : triples) {
        graph.add(t);
        Node object = t.getObject();
        if ((object.isURI() || object.isBlank())
            && visited.add(object)
            && !isBoundary(source, object)) {
          pending.push(object);
        }
      }
    }
    return new RecordGraph(dataset.asNode(), graph);
  }

  /** Other datasets and catalogue pages are records or documents of their own. */
  private static boolean isBoundary(Graph source, Node node) {
    var types = source.find(node, RDF.type.asNode(), Node.ANY);
    try {
      while (types.hasNext()) {
        Node type = types.next().getObject();
        if (type.equals(DATASET.asNode())
            || type.equals(CATALOG.asNode())
            || type.equals(PARTIAL_COLLECTION_VIEW.asNode())) {
          return true;
        }
      }
      return false;
    } finally {
      types.close();
    }
  }

  /** The record as a model of its own, for mapping and validation. */
  public Model model() {
    return ModelFactory.createModelForGraph(graph);
  }

  /** The dataset resource within {@link #model()}. */
  public Resource dataset(Model model) {
    return model.wrapAsResource(root);
  }

  public int size() {
    return graph.size();
  }

  /** Sorted N-Triples lines, blank nodes labelled by their content. */
  public String canonicalNTriples() {
    return canonical;
  }

  /** Lower-case hex SHA-256 of {@link #canonicalNTriples()}. */
  public String contentHash() {
    return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
  }

  static List<Triple> triples(Graph graph) {
    return new ArrayList<>(graph.find().toList());
  }
}
