package eu.imaginghub.bench.trace;

import eu.imaginghub.bench.BenchOptions;
import eu.imaginghub.bench.Report;
import eu.imaginghub.bench.Timings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trace log benchmark, run by scripts/bench-trace.sh beside a hub that anchors on a dev chain
 * with 1 s blocks. Records traces from several threads through the tracer's API, first each
 * committed on its own, then through the group commit (many traces per transaction, each caller
 * answered once its trace is durable), waits until the hub has anchored the latter, and compares
 * with one chain transaction per trace on the same node.
 *
 * <p>Options: {@code --db-url}, {@code --db-user}, {@code --db-password}, {@code --traces} (default
 * 100000), {@code --threads} (4), {@code --chain-url}, {@code --key} (an account other than the
 * hub's), {@code --confirmations} (2), {@code --per-trace} (single-trace transactions to send,
 * 1000).
 */
public final class TraceBenchmark {

  public static void main(String[] args) throws Exception {
    BenchOptions o = new BenchOptions(args);
    int traces = o.integer("traces", 100_000);
    int threads = o.integer("threads", 4);
    List<String> report = new ArrayList<>();
    double batchedPerSecond;
    try (TraceStore store =
        new TraceStore(
            o.get("db-url", "jdbc:postgresql://127.0.0.1:5432/hub_bench"),
            o.get("db-user", "hub"),
            o.get("db-password", "hub"),
            threads)) {
      Timings.run(threads, Math.min(traces, 2_000), store::recordGrouped); // warm-up, anchored too
      Timings alone = Timings.run(threads, traces, store::record);
      report.add(line("each in its own transaction: traces/s", alone.perSecond()));
      report.add("  record latency: " + alone.line());
      store.awaitAnchored(java.time.Instant.EPOCH, Duration.ofMinutes(15));
      java.time.Instant before = java.time.Instant.now();
      Timings recorded = Timings.run(threads, traces, store::recordGrouped);
      report.add(line("group commit: traces accepted durably, per second", recorded.perSecond()));
      report.add("  record latency: " + recorded.line());
      long[] anchored = store.awaitAnchored(before, Duration.ofMinutes(15));
      long batches = store.batchesSince(before);
      report.add(line("chain transactions per 10,000 traces", batches * 10_000.0 / traces));
      report.add(latencies("group commit: record to anchored", anchored));
      batchedPerSecond = recorded.perSecond();
      Report figures = Report.of(o);
      figures.add("traces accepted durably", recorded.perSecond(), "traces/s");
      figures.add("trace record to anchored, p50", at(anchored, 0.50) / 1000.0, "s");
    }
    PerTraceAnchoring.Result single =
        new PerTraceAnchoring(
                o.get("chain-url", "http://127.0.0.1:8546"),
                o.get("key"),
                o.integer("confirmations", 2))
            .run(o.integer("per-trace", 1000));
    report.add(line("one transaction per trace: traces anchored per second", single.perSecond()));
    report.add(latencies("one transaction per trace: send to anchored", single.latencyMillis()));
    report.add(
        line(
            "batched traces/s over one-per-trace traces/s", batchedPerSecond / single.perSecond()));
    System.out.println();
    report.forEach(System.out::println);
  }

  private static String line(String label, double value) {
    return String.format(Locale.ROOT, "%-56s %10.1f", label, value);
  }

  private static String latencies(String label, long[] sortedMillis) {
    return String.format(
        Locale.ROOT,
        "%s, s: p50 %.1f, p95 %.1f, max %.1f (%d traces)",
        label,
        at(sortedMillis, 0.50) / 1000.0,
        at(sortedMillis, 0.95) / 1000.0,
        sortedMillis[sortedMillis.length - 1] / 1000.0,
        sortedMillis.length);
  }

  private static long at(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
