package eu.imaginghub.catalogue.node.domain;

import java.util.Optional;

/**
 * Finds a federation node. Other modules only read nodes; adding them stays with the catalogue's
 * own repository.
 */
public interface NodeLookup {

  Optional<Node> find(NodeId id);
}
