package eu.imaginghub.access.audit.infrastructure;

import eu.imaginghub.access.audit.domain.NodeDatasets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Reads the catalogue's published dataset entity, by node. */
@ApplicationScoped
public class JpaNodeDatasets implements NodeDatasets {

  @Inject EntityManager em;

  @Override
  public Set<String> idsAt(Collection<String> nodeIds) {
    if (nodeIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery("select d.id from Dataset d where d.node.id in :nodes", String.class)
            .setParameter("nodes", nodeIds)
            .getResultList());
  }
}
