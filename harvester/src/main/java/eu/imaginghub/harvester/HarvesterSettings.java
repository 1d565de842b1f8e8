package eu.imaginghub.harvester;

import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import eu.imaginghub.tracer.config.Setting;
import eu.imaginghub.tracer.config.SettingValues;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of the harvester: each key is declared here once, with its default, and read and
 * parsed only here, through MicroProfile Config (a system property such as {@code
 * -Dharvester.fetch.allow-private=loopback} or the environment variable {@code
 * HARVESTER_FETCH_ALLOW_PRIVATE}). The README's configuration table lists the same keys, which a
 * test checks. Request bodies are limited for the whole hub by {@code hub.http.max-body-bytes}.
 */
public final class HarvesterSettings {

  public static final Setting FETCH_CONNECT_TIMEOUT_MS =
      Setting.of("harvester.fetch.connect-timeout-ms", "10000");
  public static final Setting FETCH_READ_TIMEOUT_MS =
      Setting.of("harvester.fetch.read-timeout-ms", "60000");
  public static final Setting FETCH_MAX_BODY_BYTES =
      Setting.of("harvester.fetch.max-body-bytes", "104857600");
  public static final Setting FETCH_MAX_RECORDS =
      Setting.of("harvester.fetch.max-records", "1000000");
  public static final Setting FETCH_MAX_REDIRECTS =
      Setting.of("harvester.fetch.max-redirects", "5");
  public static final Setting FETCH_MAX_PAGES = Setting.of("harvester.fetch.max-pages", "10000");
  public static final Setting FETCH_CONCURRENCY = Setting.of("harvester.fetch.concurrency", "4");
  public static final Setting FETCH_ALLOW_PRIVATE =
      Setting.of("harvester.fetch.allow-private", null);
  public static final Setting RUN_TIMEOUT_MS = Setting.of("harvester.run.timeout-ms", "1800000");
  public static final Setting SCHEDULE_CHECK_MS =
      Setting.of("harvester.schedule.check-ms", "60000");
  public static final Setting WITHDRAWAL_MAX_SHARE =
      Setting.of("harvester.withdrawal.max-share", "0.2");
  public static final Setting WITHDRAWAL_ALWAYS_ALLOWED =
      Setting.of("harvester.withdrawal.always-allowed", "1");
  public static final Setting PUSH_MAX_RECORDS = Setting.of("harvester.push.max-records", "10000");

  private final SettingValues values;

  private HarvesterSettings(SettingValues values) {
    this.values = values;
  }

  /** The settings as the running hub's configuration gives them. */
  public static HarvesterSettings current() {
    return new HarvesterSettings(SettingValues.current());
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static HarvesterSettings from(Function<String, Optional<String>> source) {
    return new HarvesterSettings(SettingValues.from(source));
  }

  /** The settings with every key at its default. */
  public static HarvesterSettings defaults() {
    return new HarvesterSettings(SettingValues.defaults());
  }

  /**
   * The limits of a fetch.
   *
   * @throws IllegalArgumentException naming the key of a value that is no number or out of range
   */
  public FetchSettings fetch() {
    return new FetchSettings(
        Duration.ofMillis(values.number(FETCH_CONNECT_TIMEOUT_MS, 1, Integer.MAX_VALUE)),
        Duration.ofMillis(values.number(FETCH_READ_TIMEOUT_MS, 1, Integer.MAX_VALUE)),
        values.number(FETCH_MAX_BODY_BYTES, 1, Long.MAX_VALUE),
        (int) values.number(FETCH_MAX_RECORDS, 1, Integer.MAX_VALUE),
        (int) values.number(FETCH_MAX_REDIRECTS, 0, Integer.MAX_VALUE),
        (int) values.number(FETCH_MAX_PAGES, 1, Integer.MAX_VALUE),
        (int) values.number(FETCH_CONCURRENCY, 1, Integer.MAX_VALUE),
        allowPrivate());
  }

  /** Hosts, addresses, CIDR ranges and {@code loopback} that may be fetched although internal. */
  public List<String> allowPrivate() {
    return values
        .text(FETCH_ALLOW_PRIVATE)
        .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()))
        .map(s -> s.toList())
        .orElse(List.of());
  }

  /** How long a pull run may take before it is stopped and marked failed. */
  public Duration runTimeout() {
    return Duration.ofMillis(values.number(RUN_TIMEOUT_MS, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** How often the schedule looks for sources due a pull. */
  public Duration scheduleCheck() {
    return Duration.ofMillis(values.number(SCHEDULE_CHECK_MS, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /**
   * Share of a node's live datasets (0 to 1) one pull or full-sync push may withdraw; more is held
   * for a person to confirm.
   */
  public double withdrawalMaxShare() {
    return values.decimal(WITHDRAWAL_MAX_SHARE, 0, 1);
  }

  /** Withdrawals one run may make whatever the share, so that a small node can drop a dataset. */
  public int withdrawalAlwaysAllowed() {
    return (int) values.number(WITHDRAWAL_ALWAYS_ALLOWED, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Most records one push call may carry; more is refused with 413 before anything changes. */
  public int pushMaxRecords() {
    return (int) values.number(PUSH_MAX_RECORDS, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }
}
