package eu.imaginghub.access.notification.api;

import eu.imaginghub.access.notification.application.MyNotifications;
import eu.imaginghub.access.notification.domain.Notification;
import java.time.Instant;
import java.util.List;

/**
 * One notification as its reader sees it.
 *
 * @param allowedActions {@code read} while unread
 */
public record NotificationJson(
    String id,
    Instant at,
    String subject,
    String body,
    String link,
    boolean read,
    List<String> allowedActions) {

  static NotificationJson of(Notification n) {
    boolean read = n.readAt().isPresent();
    return new NotificationJson(
        n.id(),
        n.createdAt(),
        n.subject(),
        n.body(),
        n.link().orElse(null),
        read,
        read ? List.of() : List.of("read"));
  }

  /** The caller's list: the count of unread notifications and the newest ones. */
  public record InboxJson(long unread, List<NotificationJson> items, List<String> allowedActions) {

    static InboxJson of(MyNotifications.Inbox inbox) {
      return new InboxJson(
          inbox.unread(),
          inbox.items().stream().map(NotificationJson::of).toList(),
          inbox.unread() > 0 ? List.of("read-all") : List.of());
    }
  }
}
