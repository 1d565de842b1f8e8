package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.AccessSettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the outbox delivery every {@code access.notification.poll-ms} and the reminder digests every
 * {@code access.reminder.check-seconds}. The start of the hub starts it; mails left by a hub that
 * stopped or crashed are delivered by the next round of any instance once their lease ends.
 */
@ApplicationScoped
public class NotificationSchedule {

  private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());

  private final AccessSettings settings = AccessSettings.current();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject MailDelivery delivery;
  @Inject ReminderDigests reminders;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  public synchronized void start() {
    long poll = settings.notificationPoll().toMillis();
    long check = settings.reminderCheck().toMillis();
    tasks.add(scheduler.scheduleWithFixedDelay(this::deliver, poll, poll, TimeUnit.MILLISECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::remind, check, check, TimeUnit.MILLISECONDS));
  }

  void deliver() {
    try {
      int sent = delivery.deliverDue();
      if (sent > 0) {
        LOG.fine(() -> sent + " notification mail(s) sent");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification delivery round failed; retrying at the next round", e);
    }
  }

  void remind() {
    try {
      int written = reminders.remind();
      if (written > 0) {
        LOG.info(() -> written + " reminder digest(s) written");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reminder round failed; retrying at the next round", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    tasks.forEach(t -> t.cancel(false));
  }
}
