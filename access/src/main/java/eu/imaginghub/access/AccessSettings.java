package eu.imaginghub.access;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of access governance: each key is declared here once, with its default, and read
 * and parsed only here, through MicroProfile Config (a system property such as {@code
 * -Daccess.entitlement.warn-days=7} or the environment variable {@code
 * ACCESS_ENTITLEMENT_WARN_DAYS}). The README's configuration table lists the same keys, which a
 * test checks.
 */
public final class AccessSettings {

  /** The access module's keys, each with its default as text ({@code null}: none). */
  public enum Key {
    ENTITLEMENT_WARN_DAYS("access.entitlement.warn-days", "14"),
    REMINDER_AFTER_DAYS("access.reminder.after-days", "3"),
    REMINDER_EVERY_DAYS("access.reminder.every-days", "7"),
    ATTACHMENT_MAX_BYTES("access.attachment.max-bytes", "10485760");

    private final String key;
    private final String fallback;

    Key(String key, String fallback) {
      this.key = key;
      this.fallback = fallback;
    }

    public String key() {
      return key;
    }

    public Optional<String> defaultValue() {
      return Optional.ofNullable(fallback);
    }
  }

  private final Function<String, Optional<String>> source;

  private AccessSettings(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** The settings as the running hub's configuration gives them. */
  public static AccessSettings current() {
    Config config = ConfigProvider.getConfig(AccessSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static AccessSettings from(Function<String, Optional<String>> source) {
    return new AccessSettings(source);
  }

  /** The settings with every key at its default. */
  public static AccessSettings defaults() {
    return from(key -> Optional.empty());
  }

  /** How long before an entitlement's end its holders are told. */
  public Duration entitlementWarning() {
    return Duration.ofDays(number(Key.ENTITLEMENT_WARN_DAYS, 0, 3650));
  }

  /** How long a committee member may leave a vote open before the reminder digest names it. */
  public Duration reminderAfter() {
    return Duration.ofDays(number(Key.REMINDER_AFTER_DAYS, 0, 3650));
  }

  /** How often, at most, one member gets a reminder digest. */
  public Duration reminderEvery() {
    return Duration.ofDays(number(Key.REMINDER_EVERY_DAYS, 1, 3650));
  }

  /** Largest attachment (a PDF) a request may carry. */
  public long attachmentMaxBytes() {
    return number(Key.ATTACHMENT_MAX_BYTES, 1, Integer.MAX_VALUE);
  }

  /** The configured value as given, else the default; blank counts as unset. */
  private Optional<String> text(Key key) {
    return source.apply(key.key).filter(v -> !v.isBlank()).or(key::defaultValue);
  }

  private long number(Key key, long min, long max) {
    String value = text(key).orElseThrow().strip();
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key.key + " is not a whole number: " + value, e);
    }
    if (number < min || number > max) {
      throw new IllegalArgumentException(
          key.key + " must be between " + min + " and " + max + ": " + value);
    }
    return number;
  }
}
