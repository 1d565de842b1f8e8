package eu.imaginghub.harvester.source.infrastructure;

import eu.imaginghub.harvester.source.domain.HarvestSource;
import eu.imaginghub.harvester.source.domain.HarvestSourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaHarvestSourceRepository implements HarvestSourceRepository {

  @Inject EntityManager em;

  @Override
  public Optional<HarvestSource> find(String nodeId) {
    return Optional.ofNullable(em.find(HarvestSource.class, nodeId));
  }

  @Override
  public Optional<HarvestSource> findForUpdate(String nodeId) {
    return Optional.ofNullable(
        em.find(HarvestSource.class, nodeId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(HarvestSource source) {
    em.persist(source);
  }

  @Override
  public List<HarvestSource> enabled() {
    return em.createQuery(
            "select s from HarvestSource s where s.enabled = true", HarvestSource.class)
        .getResultList();
  }
}
