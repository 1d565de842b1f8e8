package eu.imaginghub.access.user.infrastructure;

import eu.imaginghub.access.user.domain.User;
import eu.imaginghub.access.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @Inject EntityManager em;

  @Override
  public Optional<User> find(String subject) {
    return Optional.ofNullable(em.find(User.class, subject));
  }

  @Override
  public List<User> withEmail(String email) {
    return em.createQuery(
            "select u from User u where u.emailKey = :key order by u.lastSeen desc, u.subject",
            User.class)
        .setParameter("key", User.emailKey(email))
        .getResultList();
  }

  @Override
  public List<User> all(Collection<String> subjects) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select u from User u where u.subject in :subjects", User.class)
        .setParameter("subjects", subjects)
        .getResultList();
  }

  @Override
  public void add(User user) {
    em.persist(user);
  }
}
