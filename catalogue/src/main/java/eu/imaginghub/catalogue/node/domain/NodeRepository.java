package eu.imaginghub.catalogue.node.domain;

import java.util.List;
import java.util.Optional;

/** The federation's nodes. */
public interface NodeRepository {

  Optional<Node> find(NodeId id);

  List<Node> all();

  void add(Node node);
}
