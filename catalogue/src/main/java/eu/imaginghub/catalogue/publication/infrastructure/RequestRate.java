package eu.imaginghub.catalogue.publication.infrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Zenodo allows each token a number of requests a minute: a token bucket per token, filled evenly
 * over the minute, that makes a caller wait for its turn rather than be refused.
 */
final class RequestRate {

  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RequestRate(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("at least one request a minute");
    }
    this.perMinute = perMinute;
  }

  /** Waits until the token may make one more request. */
  void acquire(String token) throws InterruptedException {
    Bucket bucket = buckets.computeIfAbsent(token, t -> new Bucket(perMinute));
    long wait;
    while ((wait = bucket.take()) > 0) {
      Thread.sleep(Math.max(1, wait / 1_000_000));
    }
  }

  private static final class Bucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long filledAt = System.nanoTime();

    Bucket(int perMinute) {
      this.capacity = perMinute;
      this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
      this.tokens = perMinute;
    }

    /** Takes a request's share if there is one (0), else says how many nanoseconds to wait. */
    synchronized long take() {
      long now = System.nanoTime();
      tokens = Math.min(capacity, tokens + (now - filledAt) * perNano);
      filledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano);
    }
  }
}
