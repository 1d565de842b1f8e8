package eu.imaginghub.catalogue.node.infrastructure;

import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNodeRepository implements NodeRepository, NodeLookup {

  @Inject EntityManager em;

  @Override
  public Optional<Node> find(NodeId id) {
    return Optional.ofNullable(em.find(Node.class, id.value()));
  }

  @Override
  public List<Node> all() {
    return em.createQuery("select n from Node n order by n.name", Node.class).getResultList();
  }

  @Override
  public void add(Node node) {
    em.persist(node);
  }
}
