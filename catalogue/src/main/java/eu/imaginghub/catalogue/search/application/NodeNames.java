package eu.imaginghub.catalogue.search.application;

import eu.imaginghub.catalogue.node.domain.NodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The display names of the federation's nodes, for search results and facets. A node's name never
 * changes once registered, so the names are read from the database once and again only when a
 * search meets a node not seen yet (registered since, perhaps by another hub instance): reading
 * them on every search cost a query per request.
 */
@ApplicationScoped
public class NodeNames {

  private final Map<String, String> names = new ConcurrentHashMap<>();

  @Inject NodeRepository nodes;

  /**
   * The node's name, or its id for a node the database does not know; in the caller's transaction.
   */
  public String of(String nodeId) {
    String name = names.get(nodeId);
    if (name == null) {
      nodes.all().forEach(n -> names.put(n.id().value(), n.name()));
      name = names.getOrDefault(nodeId, nodeId);
    }
    return name;
  }
}
