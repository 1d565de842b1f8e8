package eu.imaginghub.access.operator.infrastructure;

import eu.imaginghub.access.operator.domain.OperatorBinding;
import eu.imaginghub.access.operator.domain.OperatorBindingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOperatorBindingRepository implements OperatorBindingRepository {

  @Inject EntityManager em;

  @Override
  public List<OperatorBinding> all(String subject) {
    if (subject == null) {
      return em.createQuery(
              "select b from OperatorBinding b order by b.boundAt, b.id", OperatorBinding.class)
          .getResultList();
    }
    return em.createQuery(
            "select b from OperatorBinding b where b.subject = :s order by b.boundAt, b.id",
            OperatorBinding.class)
        .setParameter("s", subject)
        .getResultList();
  }

  @Override
  public Optional<OperatorBinding> active(String subject, String nodeId) {
    return em.createQuery(
            "select b from OperatorBinding b where b.subject = :s and b.nodeId = :n"
                + " and b.unboundAt is null",
            OperatorBinding.class)
        .setParameter("s", subject)
        .setParameter("n", nodeId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(OperatorBinding binding) {
    em.persist(binding);
  }
}
