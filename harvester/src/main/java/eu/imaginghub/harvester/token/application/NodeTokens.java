package eu.imaginghub.harvester.token.application;

import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.token.domain.NodeToken;
import eu.imaginghub.harvester.token.domain.NodeTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Issues, lists and revokes node API tokens, and tells who a presented token speaks for: a viewer
 * that operates exactly the token's node.
 */
@ApplicationScoped
@Transactional
public class NodeTokens {

  private static final Logger LOG = Logger.getLogger(NodeTokens.class.getName());
  private static final String SUBJECT_PREFIX = "node-token:";

  @Inject NodeTokenRepository tokens;
  @Inject NodeLookup nodes;
  @Inject Clock clock;

  public NodeToken.Issued issue(String nodeId, String label, Viewer viewer) {
    requireManager(nodeId, viewer);
    NodeToken.Issued issued;
    try {
      issued = NodeToken.issue(nodeId, label, viewer.subject(), clock.instant());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("label", e.getMessage());
    }
    tokens.add(issued.token());
    LOG.info(() -> "Issued token " + issued.token().id() + " for node " + nodeId);
    return issued;
  }

  public List<NodeToken> list(String nodeId, Viewer viewer) {
    requireManager(nodeId, viewer);
    return tokens.ofNode(nodeId);
  }

  public NodeToken revoke(String nodeId, String tokenId, Viewer viewer) {
    requireManager(nodeId, viewer);
    NodeToken token =
        tokens
            .find(tokenId)
            .filter(t -> t.nodeId().equals(nodeId))
            .orElseThrow(() -> ProblemException.notFound("token", tokenId));
    token.revoke(clock.instant());
    LOG.info(() -> "Revoked token " + tokenId + " of node " + nodeId);
    return token;
  }

  /** The viewer a presented secret stands for, if it is an active token. */
  public Optional<Viewer> authenticate(String secret) {
    return tokens
        .findByHash(NodeToken.hash(secret))
        .filter(NodeToken::active)
        .map(
            t ->
                new Viewer(
                    SUBJECT_PREFIX + t.id(),
                    "Node " + t.nodeId() + " (" + t.label() + ")",
                    Set.of(Role.NODE_OPERATOR),
                    Set.of(t.nodeId())));
  }

  /** Whether the viewer is a node's API token rather than a person. */
  public static boolean speaksForNode(Viewer viewer) {
    return !viewer.isAnonymous() && viewer.subject().startsWith(SUBJECT_PREFIX);
  }

  /** Admins and the node's operators manage its tokens; a token cannot mint further tokens. */
  private void requireManager(String nodeId, Viewer viewer) {
    viewer.requireOperator(nodeId);
    if (speaksForNode(viewer)) {
      throw ProblemException.forbidden("Node tokens cannot manage tokens");
    }
    if (!NodeId.isValid(nodeId) || nodes.find(new NodeId(nodeId)).isEmpty()) {
      throw ProblemException.notFound("node", nodeId);
    }
  }
}
