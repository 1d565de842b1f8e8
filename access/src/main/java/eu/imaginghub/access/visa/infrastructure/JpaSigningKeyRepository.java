package eu.imaginghub.access.visa.infrastructure;

import eu.imaginghub.access.visa.domain.SigningKey;
import eu.imaginghub.access.visa.domain.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

  @Inject EntityManager em;

  @Override
  public Optional<SigningKey> active() {
    return em.createQuery("select k from SigningKey k where k.slot = 'active'", SigningKey.class)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SigningKey> all() {
    return em.createQuery(
            "select k from SigningKey k order by k.createdAt, k.kid", SigningKey.class)
        .getResultList();
  }

  @Override
  public void add(SigningKey key) {
    em.persist(key);
    // the unique constraint speaks now, inside the caller's transaction, not at some later flush
    em.flush();
  }
}
