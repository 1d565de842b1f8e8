package eu.imaginghub.access.notification.application;

import eu.imaginghub.catalogue.spi.DurableCommits;
import eu.imaginghub.catalogue.spi.MailFailedException;
import eu.imaginghub.catalogue.spi.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Delivers the outbox: takes due mails with a lease, sends each through the hub's mailer and notes
 * it sent at once, or schedules it again. At least once: a crash between sending and noting sends
 * the mail again after the lease, with the same {@code Message-ID}; in normal operation, never
 * twice. Each note is on the disk before the next mail goes out, so a crash repeats at most the
 * mail in flight.
 */
@ApplicationScoped
public class MailDelivery {

  private static final int BATCH = 20;

  /** This hub instance's name in leases; a restarted hub is another worker. */
  private final String worker = UUID.randomUUID().toString();

  @Inject OutboxLeases leases;
  @Inject Mailer mailer;
  @Inject DurableCommits durable;

  /**
   * Sends the mails due now, batch after batch, until none is left.
   *
   * @return how many were sent
   */
  public int deliverDue() {
    int sent = 0;
    List<OutboxLeases.Leased> batch;
    do {
      batch = leases.take(worker, BATCH);
      for (OutboxLeases.Leased leased : batch) {
        if (deliver(leased)) {
          sent++;
        }
      }
    } while (batch.size() == BATCH);
    return sent;
  }

  private boolean deliver(OutboxLeases.Leased leased) {
    durable.awaitDurable();
    try {
      mailer.send(leased.mail());
    } catch (MailFailedException | IllegalArgumentException e) {
      leases.failed(leased.id(), worker, e.getMessage());
      return false;
    }
    leases.sent(leased.id(), worker);
    return true;
  }
}
