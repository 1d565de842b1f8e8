package eu.imaginghub.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/** Latencies of a run of operations, from a number of threads sharing one sequence of calls. */
public final class Timings {

  /** One operation; {@code i} is its position in the run, to vary the input. */
  @FunctionalInterface
  public interface Operation {
    void run(int i) throws Exception;
  }

  private final long[] byPosition;
  private final long[] nanos;
  private final long wallNanos;
  private final int threads;

  private Timings(long[] byPosition, long wallNanos, int threads) {
    this.byPosition = byPosition;
    this.nanos = byPosition.clone();
    Arrays.sort(nanos);
    this.wallNanos = wallNanos;
    this.threads = threads;
  }

  /** Runs {@code count} operations on {@code threads} threads; fails with the first error. */
  public static Timings run(int threads, int count, Operation operation)
      throws InterruptedException {
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            long start = System.nanoTime();
            try {
              operation.run(i);
            } catch (Exception e) {
              failure.compareAndSet(null, e);
              return;
            }
            nanos[i] = System.nanoTime() - start;
          }
        };
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Thread thread = new Thread(worker, "bench-" + t);
      thread.start();
      workers.add(thread);
    }
    for (Thread w : workers) {
      w.join();
    }
    long wall = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("an operation failed", failure.get());
    }
    return new Timings(nanos, wall, threads);
  }

  /** The latency at quantile {@code q} (0 to 1), in milliseconds. */
  public double percentileMillis(double q) {
    return percentile(nanos, q) / 1e6;
  }

  /**
   * The median latency in milliseconds of the operations at positions {@code i} with {@code i %
   * groups == group}: the runs cycle through inputs, so this tells the inputs apart.
   */
  public double medianMillis(int group, int groups) {
    long[] selected =
        IntStream.range(0, byPosition.length)
            .filter(i -> i % groups == group)
            .mapToLong(i -> byPosition[i])
            .sorted()
            .toArray();
    return percentile(selected, 0.5) / 1e6;
  }

  private static long percentile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** The mean latency in milliseconds. */
  public double meanMillis() {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  public double perSecond() {
    return nanos.length / (wallNanos / 1e9);
  }

  public String line() {
    return String.format(
        Locale.ROOT,
        "%d ops, %d thread(s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %.1f ops/s",
        nanos.length,
        threads,
        percentileMillis(0.50),
        percentileMillis(0.90),
        percentileMillis(0.99),
        nanos[nanos.length - 1] / 1e6,
        perSecond());
  }
}
