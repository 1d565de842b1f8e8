package eu.imaginghub.harvester.fetch.domain;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The limits of a fetch. The caller reads them from the {@code harvester.fetch.*} configuration
 * keys; {@link #defaults()} gives the documented defaults.
 *
 * @param connectTimeout the longest wait for a connection ({@code
 *     harvester.fetch.connect-timeout-ms})
 * @param readTimeout the longest wait for the response headers and, while the body streams, for the
 *     next bytes of it ({@code harvester.fetch.read-timeout-ms})
 * @param maxBodyBytes the largest body read from one response ({@code
 *     harvester.fetch.max-body-bytes})
 * @param maxRecords the most records one fetch may hold ({@code harvester.fetch.max-records})
 * @param maxRedirects the most redirects followed for one document ({@code
 *     harvester.fetch.max-redirects})
 * @param maxPages the most catalogue pages one fetch reads ({@code harvester.fetch.max-pages})
 * @param concurrency how many dataset documents are fetched at once ({@code
 *     harvester.fetch.concurrency})
 * @param allowPrivate hosts, addresses and CIDR ranges that may be fetched although they are
 *     loopback, link-local or private; {@code loopback} stands for 127.0.0.0/8 and ::1 ({@code
 *     harvester.fetch.allow-private}, comma-separated)
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRecords,
    int maxRedirects,
    int maxPages,
    int concurrency,
    List<String> allowPrivate) {

  public static final long DEFAULT_MAX_BODY_BYTES = 100L * 1024 * 1024;

  public static final String CONNECT_TIMEOUT_MS = "harvester.fetch.connect-timeout-ms";
  public static final String READ_TIMEOUT_MS = "harvester.fetch.read-timeout-ms";
  public static final String MAX_BODY_BYTES = "harvester.fetch.max-body-bytes";
  public static final String MAX_RECORDS = "harvester.fetch.max-records";
  public static final String MAX_REDIRECTS = "harvester.fetch.max-redirects";
  public static final String MAX_PAGES = "harvester.fetch.max-pages";
  public static final String CONCURRENCY = "harvester.fetch.concurrency";
  public static final String ALLOW_PRIVATE = "harvester.fetch.allow-private";

  public FetchSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    if (maxBodyBytes < 1 || maxRecords < 1 || maxPages < 1 || concurrency < 1) {
      throw new IllegalArgumentException(
          "body bytes, records, pages and concurrency must be at least 1");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative");
    }
    allowPrivate = List.copyOf(allowPrivate);
  }

  /** Timeouts 10 s connect and 60 s read, 100 MB, 1,000,000 records, 5 redirects, 10,000 pages. */
  public static FetchSettings defaults() {
    return new FetchSettings(
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        DEFAULT_MAX_BODY_BYTES,
        1_000_000,
        5,
        10_000,
        4,
        List.of());
  }

  /**
   * Reads the settings from configuration, such as MicroProfile Config's {@code
   * getOptionalValue(key, String.class)}; a key without a value keeps its default.
   *
   * @throws IllegalArgumentException naming the key of a value that is no number or out of range
   */
  public static FetchSettings read(Function<String, Optional<String>> config) {
    FetchSettings d = defaults();
    return new FetchSettings(
        Duration.ofMillis(number(config, CONNECT_TIMEOUT_MS, d.connectTimeout.toMillis(), 1)),
        Duration.ofMillis(number(config, READ_TIMEOUT_MS, d.readTimeout.toMillis(), 1)),
        number(config, MAX_BODY_BYTES, d.maxBodyBytes, 1),
        (int) number(config, MAX_RECORDS, d.maxRecords, 1),
        (int) number(config, MAX_REDIRECTS, d.maxRedirects, 0),
        (int) number(config, MAX_PAGES, d.maxPages, 1),
        (int) number(config, CONCURRENCY, d.concurrency, 1),
        allowList(config.apply(ALLOW_PRIVATE).orElse(null)));
  }

  private static long number(
      Function<String, Optional<String>> config, String key, long fallback, long min) {
    Optional<String> text = config.apply(key).map(String::strip).filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return fallback;
    }
    long value;
    try {
      value = Long.parseLong(text.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a whole number: " + text.get(), e);
    }
    long max = key.equals(MAX_BODY_BYTES) ? Long.MAX_VALUE : Integer.MAX_VALUE;
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          key + " must be between " + min + " and " + max + ": " + text.get());
    }
    return value;
  }

  /** Splits the comma-separated value of {@code harvester.fetch.allow-private}. */
  public static List<String> allowList(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** A builder starting from these settings, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes settings one by one; starts from the settings it was made from. */
  public static final class Builder {
    private Duration connectTimeout;
    private Duration readTimeout;
    private long maxBodyBytes;
    private int maxRecords;
    private int maxRedirects;
    private int maxPages;
    private int concurrency;
    private List<String> allowPrivate;

    private Builder(FetchSettings from) {
      connectTimeout = from.connectTimeout;
      readTimeout = from.readTimeout;
      maxBodyBytes = from.maxBodyBytes;
      maxRecords = from.maxRecords;
      maxRedirects = from.maxRedirects;
      maxPages = from.maxPages;
      concurrency = from.concurrency;
      allowPrivate = from.allowPrivate;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder maxBodyBytes(long value) {
      maxBodyBytes = value;
      return this;
    }

    public Builder maxRecords(int value) {
      maxRecords = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = value;
      return this;
    }

    public Builder maxPages(int value) {
      maxPages = value;
      return this;
    }

    public Builder concurrency(int value) {
      concurrency = value;
      return this;
    }

    public Builder allowPrivate(List<String> value) {
      allowPrivate = value;
      return this;
    }

    public FetchSettings build() {
      return new FetchSettings(
          connectTimeout,
          readTimeout,
          maxBodyBytes,
          maxRecords,
          maxRedirects,
          maxPages,
          concurrency,
          allowPrivate);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
