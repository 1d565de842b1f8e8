package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.AccessSettings;
import eu.imaginghub.access.notification.domain.OpenVote;
import eu.imaginghub.access.notification.domain.OpenVotes;
import eu.imaginghub.access.notification.domain.OutboxMailRepository;
import eu.imaginghub.access.notification.domain.ReminderPlan;
import eu.imaginghub.access.user.application.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reminds committee members of the votes they leave open: one digest per member naming every part
 * waiting longer than {@code access.reminder.after-days}, at most every {@code
 * access.reminder.every-days}. A digest is claimed by its outbox row, unique per member and period,
 * so two hub instances never both send one.
 */
@ApplicationScoped
public class ReminderDigests {

  private static final Logger LOG = Logger.getLogger(ReminderDigests.class.getName());

  private final AccessSettings settings = AccessSettings.current();

  @Inject Instance<OpenVotes> openVotes;
  @Inject ReminderDigests self;
  @Inject OutboxMailRepository outbox;
  @Inject NotificationWriter writer;
  @Inject UserDirectory users;
  @Inject HubAddress address;
  @Inject Clock clock;

  /**
   * Writes the digests due now, each member's in a transaction of its own.
   *
   * @return how many were written
   */
  public int remind() {
    Instant now = clock.instant();
    Map<String, List<OpenVote>> due =
        ReminderPlan.digests(self.open(), now, settings.reminderAfter());
    int written = 0;
    for (Map.Entry<String, List<OpenVote>> d : due.entrySet()) {
      try {
        if (self.remind(d.getKey(), d.getValue(), now)) {
          written++;
        }
      } catch (RuntimeException e) {
        // another instance claimed the same member and period first
        LOG.fine(() -> "Reminder digest to " + d.getKey() + " not written: " + e.getMessage());
      }
    }
    return written;
  }

  /** The open votes; none while no feature keeps requests (a hub without them reminds nobody). */
  @Transactional
  public List<OpenVote> open() {
    return openVotes.isResolvable() ? openVotes.get().open() : List.of();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean remind(String member, List<OpenVote> votes, Instant now) {
    if (!ReminderPlan.mayRemind(
        outbox.newestOf(member, ReminderPlan.EVENT_PREFIX).orElse(null),
        now,
        settings.reminderEvery())) {
      return false;
    }
    Set<String> named = new HashSet<>();
    named.add(member);
    votes.forEach(v -> named.add(v.requesterSubject()));
    People people = new People(users.bySubjects(named));
    String eventId = ReminderPlan.eventId(now, settings.reminderEvery());
    writer.write(
        List.of(AccessNotices.digest(eventId, member, votes, people, now, address.base())), people);
    return true;
  }
}
