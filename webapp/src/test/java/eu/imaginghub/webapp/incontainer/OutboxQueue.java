package eu.imaginghub.webapp.incontainer;

import eu.imaginghub.access.notification.application.OutboxLeases;
import eu.imaginghub.access.notification.domain.Notice;
import eu.imaginghub.access.notification.domain.OutboxMail;
import eu.imaginghub.access.notification.domain.OutboxMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The mail outbox the notification worker delivers. */
@ApplicationScoped
public class OutboxQueue implements LeasedQueue {

  @Inject OutboxLeases leases;
  @Inject OutboxMailRepository outbox;
  @Inject Clock clock;
  @Inject InTransaction tx;

  @Override
  public String addDue() {
    OutboxMail mail =
        new OutboxMail(
            new Notice(
                "incontainer-" + UUID.randomUUID(),
                "incontainer-recipient",
                "A notice",
                "Sent by the in-container tests.",
                null),
            "recipient@example.org",
            clock.instant());
    tx.commit(() -> outbox.add(mail));
    return mail.id();
  }

  @Override
  public void leaseAs(String id, String worker, Instant at, Instant until) {
    if (!tx.commit(() -> outbox.lease(id, worker, at, until))) {
      throw new IllegalStateException("mail " + id + " could not be leased");
    }
  }

  @Override
  public List<String> take(String worker) {
    return leases.take(worker, 1000).stream().map(OutboxLeases.Leased::id).toList();
  }

  /** A worker notes the mail sent; only the lease holder's note counts. */
  @Override
  public boolean acceptsStepOf(String id, String worker) {
    leases.sent(id, worker);
    return tx.commit(() -> outbox.find(id).orElseThrow().state() == OutboxMail.State.SENT);
  }
}
