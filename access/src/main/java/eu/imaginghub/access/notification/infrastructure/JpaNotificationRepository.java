package eu.imaginghub.access.notification.infrastructure;

import eu.imaginghub.access.notification.domain.Notification;
import eu.imaginghub.access.notification.domain.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

  @Inject EntityManager em;

  @Override
  public void add(Notification notification) {
    em.persist(notification);
  }

  @Override
  public boolean exists(String eventId, String recipient) {
    return !em.createQuery(
            "select n.id from Notification n where n.eventId = :e and n.recipient = :r",
            String.class)
        .setParameter("e", eventId)
        .setParameter("r", recipient)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Notification> find(String id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  @Override
  public List<Notification> newestOf(String recipient, int limit) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :r"
                + " order by n.createdAt desc, n.id",
            Notification.class)
        .setParameter("r", recipient)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long unreadOf(String recipient) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :r and n.readAt is null",
            Long.class)
        .setParameter("r", recipient)
        .getSingleResult();
  }

  @Override
  public int readAll(String recipient, Instant now) {
    return em.createQuery(
            "update Notification n set n.readAt = :now where n.recipient = :r and n.readAt is null")
        .setParameter("now", now)
        .setParameter("r", recipient)
        .executeUpdate();
  }
}
