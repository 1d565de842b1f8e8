package eu.imaginghub.harvester.fetch.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The limits of a fetch, as the harvester's settings read them from the {@code harvester.fetch.*}
 * keys (where their defaults are declared).
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
