package eu.imaginghub.harvester;

import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the harvester: each key is declared here once, with its default, and read and
 * parsed only here, through MicroProfile Config (a system property such as {@code
 * -Dharvester.fetch.allow-private=loopback} or the environment variable {@code
 * HARVESTER_FETCH_ALLOW_PRIVATE}). The README's configuration table lists the same keys, which a
 * test checks. Request bodies are limited for the whole hub by {@code hub.http.max-body-bytes}.
 */
public final class HarvesterSettings {

  /** The harvester's keys, each with its default as text ({@code null}: none). */
  public enum Key {
    FETCH_CONNECT_TIMEOUT_MS("harvester.fetch.connect-timeout-ms", "10000"),
    FETCH_READ_TIMEOUT_MS("harvester.fetch.read-timeout-ms", "60000"),
    FETCH_MAX_BODY_BYTES("harvester.fetch.max-body-bytes", "104857600"),
    FETCH_MAX_RECORDS("harvester.fetch.max-records", "1000000"),
    FETCH_MAX_REDIRECTS("harvester.fetch.max-redirects", "5"),
    FETCH_MAX_PAGES("harvester.fetch.max-pages", "10000"),
    FETCH_CONCURRENCY("harvester.fetch.concurrency", "4"),
    FETCH_ALLOW_PRIVATE("harvester.fetch.allow-private", null),
    RUN_TIMEOUT_MS("harvester.run.timeout-ms", "1800000"),
    SCHEDULE_CHECK_MS("harvester.schedule.check-ms", "60000"),
    WITHDRAWAL_MAX_SHARE("harvester.withdrawal.max-share", "0.2"),
    WITHDRAWAL_ALWAYS_ALLOWED("harvester.withdrawal.always-allowed", "1"),
    PUSH_MAX_RECORDS("harvester.push.max-records", "10000");

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

  private HarvesterSettings(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** The settings as the running hub's configuration gives them. */
  public static HarvesterSettings current() {
    Config config = ConfigProvider.getConfig(HarvesterSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static HarvesterSettings from(Function<String, Optional<String>> source) {
    return new HarvesterSettings(source);
  }

  /** The settings with every key at its default. */
  public static HarvesterSettings defaults() {
    return from(key -> Optional.empty());
  }

  /**
   * The limits of a fetch.
   *
   * @throws IllegalArgumentException naming the key of a value that is no number or out of range
   */
  public FetchSettings fetch() {
    return new FetchSettings(
        Duration.ofMillis(number(Key.FETCH_CONNECT_TIMEOUT_MS, 1, Integer.MAX_VALUE)),
        Duration.ofMillis(number(Key.FETCH_READ_TIMEOUT_MS, 1, Integer.MAX_VALUE)),
        number(Key.FETCH_MAX_BODY_BYTES, 1, Long.MAX_VALUE),
        (int) number(Key.FETCH_MAX_RECORDS, 1, Integer.MAX_VALUE),
        (int) number(Key.FETCH_MAX_REDIRECTS, 0, Integer.MAX_VALUE),
        (int) number(Key.FETCH_MAX_PAGES, 1, Integer.MAX_VALUE),
        (int) number(Key.FETCH_CONCURRENCY, 1, Integer.MAX_VALUE),
        allowPrivate());
  }

  /** Hosts, addresses, CIDR ranges and {@code loopback} that may be fetched although internal. */
  public List<String> allowPrivate() {
    return text(Key.FETCH_ALLOW_PRIVATE)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.toList())
        .orElse(List.of());
  }

  /** How long a pull run may take before it is stopped and marked failed. */
  public Duration runTimeout() {
    return Duration.ofMillis(number(Key.RUN_TIMEOUT_MS, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** How often the schedule looks for sources due a pull. */
  public Duration scheduleCheck() {
    return Duration.ofMillis(number(Key.SCHEDULE_CHECK_MS, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /**
   * Share of a node's live datasets (0 to 1) one pull or full-sync push may withdraw; more is held
   * for a person to confirm.
   */
  public double withdrawalMaxShare() {
    String value = text(Key.WITHDRAWAL_MAX_SHARE).orElseThrow().strip();
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Key.WITHDRAWAL_MAX_SHARE.key + " is not a number: " + value, e);
    }
  }

  /** Withdrawals one run may make whatever the share, so that a small node can drop a dataset. */
  public int withdrawalAlwaysAllowed() {
    return (int) number(Key.WITHDRAWAL_ALWAYS_ALLOWED, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Most records one push call may carry; more is refused with 413 before anything changes. */
  public int pushMaxRecords() {
    return (int) number(Key.PUSH_MAX_RECORDS, Integer.MIN_VALUE, Integer.MAX_VALUE);
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
