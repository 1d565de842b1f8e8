package eu.imaginghub.harvester.token.infrastructure;

import eu.imaginghub.harvester.token.domain.NodeToken;
import eu.imaginghub.harvester.token.domain.NodeTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNodeTokenRepository implements NodeTokenRepository {

  @Inject EntityManager em;

  @Override
  public Optional<NodeToken> find(String id) {
    return Optional.ofNullable(em.find(NodeToken.class, id));
  }

  @Override
  public Optional<NodeToken> findByHash(String tokenHash) {
    return em.createQuery("select t from NodeToken t where t.tokenHash = :hash", NodeToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<NodeToken> ofNode(String nodeId) {
    return em.createQuery(
            "select t from NodeToken t where t.nodeId = :node order by t.createdAt, t.id",
            NodeToken.class)
        .setParameter("node", nodeId)
        .getResultList();
  }

  @Override
  public void add(NodeToken token) {
    em.persist(token);
  }
}
