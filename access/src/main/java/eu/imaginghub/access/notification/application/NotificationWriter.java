package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.notification.domain.Notice;
import eu.imaginghub.access.notification.domain.Notification;
import eu.imaginghub.access.notification.domain.NotificationRepository;
import eu.imaginghub.access.notification.domain.OutboxMail;
import eu.imaginghub.access.notification.domain.OutboxMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes each notice as a mail in the outbox and an in-app notification, in the caller's
 * transaction. A notice for an event and person already told is skipped, and the unique key on
 * (event, person) refuses it should two transactions race: one mail per event and person.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationWriter {

  private static final Logger LOG = Logger.getLogger(NotificationWriter.class.getName());

  @Inject OutboxMailRepository outbox;
  @Inject NotificationRepository notifications;
  @Inject Clock clock;

  /** Writes the notices, the people's addresses as {@code people} knows them. */
  public void write(List<Notice> notices, People people) {
    Instant now = clock.instant();
    for (Notice n : notices) {
      if (!notifications.exists(n.eventId(), n.recipient())) {
        notifications.add(new Notification(n, now));
      }
      if (outbox.exists(n.eventId(), n.recipient())) {
        continue;
      }
      people
          .email(n.recipient())
          .ifPresentOrElse(
              email -> outbox.add(new OutboxMail(n, email, now)),
              () ->
                  LOG.info(
                      () ->
                          "No e-mail address for "
                              + n.recipient()
                              + ": event "
                              + n.eventId()
                              + " is told in the hub only"));
    }
  }
}
