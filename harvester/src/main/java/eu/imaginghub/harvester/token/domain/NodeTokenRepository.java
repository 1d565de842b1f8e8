package eu.imaginghub.harvester.token.domain;

import java.util.List;
import java.util.Optional;

/** The API tokens of all nodes. */
public interface NodeTokenRepository {

  Optional<NodeToken> find(String id);

  Optional<NodeToken> findByHash(String tokenHash);

  /** The node's tokens, revoked ones included, oldest first. */
  List<NodeToken> ofNode(String nodeId);

  void add(NodeToken token);
}
