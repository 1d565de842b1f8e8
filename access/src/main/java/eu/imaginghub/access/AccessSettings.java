package eu.imaginghub.access;

import eu.imaginghub.tracer.config.Setting;
import eu.imaginghub.tracer.config.SettingValues;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of access governance: each key is declared here once, with its default, and read
 * and parsed only here, through MicroProfile Config (a system property such as {@code
 * -Daccess.entitlement.warn-days=7} or the environment variable {@code
 * ACCESS_ENTITLEMENT_WARN_DAYS}). The README's configuration table lists the same keys, which a
 * test checks.
 */
public final class AccessSettings {

  public static final Setting ENTITLEMENT_WARN_DAYS =
      Setting.of("access.entitlement.warn-days", "14");
  public static final Setting ENTITLEMENT_CHECK_INTERVAL_MS =
      Setting.of("access.entitlement.check-interval-ms", "60000");
  public static final Setting REMINDER_AFTER_DAYS = Setting.of("access.reminder.after-days", "3");
  public static final Setting REMINDER_EVERY_DAYS = Setting.of("access.reminder.every-days", "7");
  public static final Setting ATTACHMENT_MAX_BYTES =
      Setting.of("access.attachment.max-bytes", "10485760");
  public static final Setting NOTIFICATION_POLL_MS =
      Setting.of("access.notification.poll-ms", "5000");
  public static final Setting NOTIFICATION_FIRST_RETRY_SECONDS =
      Setting.of("access.notification.first-retry-seconds", "30");
  public static final Setting NOTIFICATION_MAX_RETRY_SECONDS =
      Setting.of("access.notification.max-retry-seconds", "3600");
  public static final Setting NOTIFICATION_DEADLINE_MINUTES =
      Setting.of("access.notification.deadline-minutes", "2880");
  public static final Setting NOTIFICATION_LEASE_SECONDS =
      Setting.of("access.notification.lease-seconds", "300");
  public static final Setting REMINDER_CHECK_SECONDS =
      Setting.of("access.reminder.check-seconds", "3600");

  private final SettingValues values;

  private AccessSettings(SettingValues values) {
    this.values = values;
  }

  /** The settings as the running hub's configuration gives them. */
  public static AccessSettings current() {
    return new AccessSettings(SettingValues.current());
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static AccessSettings from(Function<String, Optional<String>> source) {
    return new AccessSettings(SettingValues.from(source));
  }

  /** The settings with every key at its default. */
  public static AccessSettings defaults() {
    return new AccessSettings(SettingValues.defaults());
  }

  /** How long before an entitlement's end its holders are told. */
  public Duration entitlementWarning() {
    return Duration.ofDays(values.number(ENTITLEMENT_WARN_DAYS, 0, 3650));
  }

  /**
   * How often the expiry round looks for entitlements to warn about or record as expired. Their
   * status never waits for it: an entitlement past its end is expired at once.
   */
  public Duration entitlementCheckInterval() {
    return Duration.ofMillis(values.number(ENTITLEMENT_CHECK_INTERVAL_MS, 100, 86_400_000));
  }

  /** How long a committee member may leave a vote open before the reminder digest names it. */
  public Duration reminderAfter() {
    return Duration.ofDays(values.number(REMINDER_AFTER_DAYS, 0, 3650));
  }

  /** How often, at most, one member gets a reminder digest. */
  public Duration reminderEvery() {
    return Duration.ofDays(values.number(REMINDER_EVERY_DAYS, 1, 3650));
  }

  /** Largest attachment (a PDF) a request may carry. */
  public long attachmentMaxBytes() {
    return values.number(ATTACHMENT_MAX_BYTES, 1, Integer.MAX_VALUE);
  }

  /** How often the mail worker looks for mails due. */
  public Duration notificationPoll() {
    return Duration.ofMillis(values.number(NOTIFICATION_POLL_MS, 10, 86_400_000));
  }

  /** The pause after a first failed delivery; each further failure doubles it. */
  public Duration notificationFirstRetry() {
    return Duration.ofSeconds(values.number(NOTIFICATION_FIRST_RETRY_SECONDS, 1, 86_400));
  }

  /** The longest pause between two delivery attempts of one mail. */
  public Duration notificationMaxRetry() {
    return Duration.ofSeconds(values.number(NOTIFICATION_MAX_RETRY_SECONDS, 1, 604_800));
  }

  /** How long after it was written a mail is still tried; then it is marked failed. */
  public Duration notificationDeadline() {
    return Duration.ofMinutes(values.number(NOTIFICATION_DEADLINE_MINUTES, 1, 525_600));
  }

  /**
   * How long one worker holds a mail it is sending; another worker (or the same hub restarted)
   * takes it only after that. Longer than the SMTP timeout, so a slow send is never doubled.
   */
  public Duration notificationLease() {
    return Duration.ofSeconds(values.number(NOTIFICATION_LEASE_SECONDS, 5, 86_400));
  }

  /** How often the hub looks for members to remind of open votes. */
  public Duration reminderCheck() {
    return Duration.ofSeconds(values.number(REMINDER_CHECK_SECONDS, 1, 604_800));
  }
}
