package eu.imaginghub.catalogue.publication.infrastructure;

import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverride;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverrideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaNodeZenodoOverrideRepository implements NodeZenodoOverrideRepository {

  @Inject EntityManager em;

  @Override
  public Optional<NodeZenodoOverride> find(String nodeId) {
    return Optional.ofNullable(em.find(NodeZenodoOverride.class, nodeId));
  }

  @Override
  public void add(NodeZenodoOverride settings) {
    em.persist(settings);
  }
}
