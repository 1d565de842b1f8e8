package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.AccessSettings;
import eu.imaginghub.access.notification.domain.OutboxMail;
import eu.imaginghub.access.notification.domain.OutboxMailRepository;
import eu.imaginghub.access.notification.domain.RetryPolicy;
import eu.imaginghub.catalogue.spi.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The outbox's state changes around a delivery, each in a short transaction of its own: taking due
 * mails with a lease, and noting each one sent or failed as soon as its attempt ends, so that a
 * crash loses at most the note of the one mail being sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxLeases {

  private static final Logger LOG = Logger.getLogger(OutboxLeases.class.getName());

  /** A leased mail ready to send. */
  public record Leased(String id, Mail mail) {}

  private final AccessSettings settings = AccessSettings.current();

  @Inject OutboxMailRepository outbox;
  @Inject Clock clock;

  /** Takes up to {@code limit} due mails that nobody holds, for this worker. */
  public List<Leased> take(String worker, int limit) {
    Instant now = clock.instant();
    Duration lease = settings.notificationLease();
    List<Leased> taken = new ArrayList<>();
    for (String id : outbox.dueUnleased(now, limit)) {
      if (outbox.lease(id, worker, now, now.plus(lease))) {
        OutboxMail m = outbox.find(id).orElseThrow();
        taken.add(
            new Leased(id, new Mail(List.of(m.email()), m.subject(), m.body(), m.messageId())));
      }
    }
    return taken;
  }

  public void sent(String id, String worker) {
    outbox
        .find(id)
        .filter(m -> m.leasedBy(worker))
        .ifPresentOrElse(
            m -> m.sent(worker, clock.instant()),
            () -> LOG.warning(() -> "Mail " + id + " was sent after its lease ran out"));
  }

  public void failed(String id, String worker, String error) {
    outbox
        .find(id)
        .filter(m -> m.leasedBy(worker))
        .ifPresent(
            m -> {
              if (m.attemptFailed(worker, error, policy(), clock.instant())) {
                LOG.severe(
                    () ->
                        "Mail "
                            + id
                            + " of event "
                            + m.eventId()
                            + " given up after "
                            + m.attempts()
                            + " attempts: "
                            + error);
              } else {
                LOG.warning(
                    () ->
                        "Mail "
                            + id
                            + " not delivered (attempt "
                            + m.attempts()
                            + "), next at "
                            + m.nextAttemptAt()
                            + ": "
                            + error);
              }
            });
  }

  private RetryPolicy policy() {
    return new RetryPolicy(
        settings.notificationFirstRetry(),
        settings.notificationMaxRetry(),
        settings.notificationDeadline());
  }
}
