package eu.imaginghub.webapp.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Latencies of a run of operations, from a number of threads sharing one sequence of calls. */
final class Timings {

  /** One operation; {@code i} is its position in the run, to vary the input. */
  @FunctionalInterface
  interface Operation {
    void run(int i) throws Exception;
  }

  private final long[] nanos;
  private final long wallNanos;
  private final int threads;

  private Timings(long[] nanos, long wallNanos, int threads) {
    this.nanos = nanos;
    this.wallNanos = wallNanos;
    this.threads = threads;
  }

  /** Runs {@code count} operations on {@code threads} threads; fails with the first error. */
  static Timings run(int threads, int count, Operation operation) throws InterruptedException {
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
    Arrays.sort(nanos);
    return new Timings(nanos, wall, threads);
  }

  /** The latency at quantile {@code q} (0 to 1), in milliseconds. */
  double percentileMillis(double q) {
    int rank = (int) Math.ceil(q * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  double perSecond() {
    return nanos.length / (wallNanos / 1e9);
  }

  int threads() {
    return threads;
  }

  String line() {
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
