package eu.imaginghub.access.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every person's in-app notifications. */
public interface NotificationRepository {

  void add(Notification notification);

  boolean exists(String eventId, String recipient);

  Optional<Notification> find(String id);

  /** This person's newest notifications, newest first. */
  List<Notification> newestOf(String recipient, int limit);

  long unreadOf(String recipient);

  /** Marks every unread notification of this person read. */
  int readAll(String recipient, Instant now);
}
