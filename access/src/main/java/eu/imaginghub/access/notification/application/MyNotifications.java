package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.notification.domain.Notification;
import eu.imaginghub.access.notification.domain.NotificationRepository;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A person's own in-app notifications: nobody reads or marks another's. */
@ApplicationScoped
@Transactional
public class MyNotifications {

  /** The newest notifications shown, and the count of all unread ones. */
  public record Inbox(long unread, List<Notification> items) {}

  static final int SHOWN = 100;

  @Inject NotificationRepository notifications;
  @Inject Clock clock;

  public Inbox of(Viewer viewer) {
    String me = signedIn(viewer);
    return new Inbox(notifications.unreadOf(me), notifications.newestOf(me, SHOWN));
  }

  /** Marks one read; another person's notification is not found, as if it did not exist. */
  public Notification read(String id, Viewer viewer) {
    String me = signedIn(viewer);
    Notification n =
        notifications
            .find(id == null ? "" : id)
            .filter(x -> x.isFor(me))
            .orElseThrow(() -> ProblemException.notFound("notification", id));
    n.read(clock.instant());
    return n;
  }

  public Inbox readAll(Viewer viewer) {
    notifications.readAll(signedIn(viewer), clock.instant());
    return of(viewer);
  }

  private static String signedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to read your notifications");
    }
    return viewer.subject();
  }
}
