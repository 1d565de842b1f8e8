package eu.imaginghub.access.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of mails. */
public interface OutboxMailRepository {

  void add(OutboxMail mail);

  /** Whether this person has a mail about this event already. */
  boolean exists(String eventId, String recipient);

  /** Mails due at {@code now} that nobody holds, oldest due first. */
  List<String> dueUnleased(Instant now, int limit);

  /**
   * Takes the mail's lease for this worker until {@code until}, in one conditional update, if it is
   * still pending and nobody holds a lease that has not expired.
   *
   * @return whether this worker holds it now
   */
  boolean lease(String id, String worker, Instant now, Instant until);

  Optional<OutboxMail> find(String id);

  /** When this person's newest mail about one of these kinds of events was written. */
  Optional<Instant> newestOf(String recipient, String eventIdPrefix);
}
