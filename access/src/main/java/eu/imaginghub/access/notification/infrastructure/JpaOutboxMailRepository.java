package eu.imaginghub.access.notification.infrastructure;

import eu.imaginghub.access.notification.domain.OutboxMail;
import eu.imaginghub.access.notification.domain.OutboxMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOutboxMailRepository implements OutboxMailRepository {

  @Inject EntityManager em;

  @Override
  public void add(OutboxMail mail) {
    em.persist(mail);
  }

  @Override
  public boolean exists(String eventId, String recipient) {
    return !em.createQuery(
            "select m.id from OutboxMail m where m.eventId = :e and m.recipient = :r", String.class)
        .setParameter("e", eventId)
        .setParameter("r", recipient)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<String> dueUnleased(Instant now, int limit) {
    return em.createQuery(
            "select m.id from OutboxMail m where m.state = :pending and m.nextAttemptAt <= :now"
                + " and (m.leaseUntil is null or m.leaseUntil < :now) order by m.nextAttemptAt",
            String.class)
        .setParameter("pending", OutboxMail.State.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * One conditional update: of two workers reading the same due mail, the database lets only one
   * change the row, so only one sends it.
   */
  @Override
  public boolean lease(String id, String worker, Instant now, Instant until) {
    return em.createQuery(
                "update OutboxMail m set m.leaseOwner = :w, m.leaseUntil = :until where m.id = :id"
                    + " and m.state = :pending and (m.leaseUntil is null or m.leaseUntil < :now)")
            .setParameter("w", worker)
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("pending", OutboxMail.State.PENDING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<OutboxMail> find(String id) {
    return Optional.ofNullable(em.find(OutboxMail.class, id));
  }

  @Override
  public Optional<Instant> newestOf(String recipient, String eventIdPrefix) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(m.createdAt) from OutboxMail m where m.recipient = :r"
                    + " and m.eventId like :p",
                Instant.class)
            .setParameter("r", recipient)
            .setParameter("p", eventIdPrefix + "%")
            .getSingleResult());
  }
}
