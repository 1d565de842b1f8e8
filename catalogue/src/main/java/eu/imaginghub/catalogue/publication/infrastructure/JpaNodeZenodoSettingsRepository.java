package eu.imaginghub.catalogue.publication.infrastructure;

import eu.imaginghub.catalogue.publication.domain.NodeZenodoSettings;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaNodeZenodoSettingsRepository implements NodeZenodoSettingsRepository {

  @Inject EntityManager em;

  @Override
  public Optional<NodeZenodoSettings> find(String nodeId) {
    return Optional.ofNullable(em.find(NodeZenodoSettings.class, nodeId));
  }

  @Override
  public void add(NodeZenodoSettings settings) {
    em.persist(settings);
  }
}
