package eu.imaginghub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The machine-readable figures the benchmark suite (scripts/bench-all.sh) gathers into one table:
 * lines {@code figure<TAB>size<TAB>engine<TAB>value<TAB>unit} appended to a file. The file, the
 * catalogue size and the engines come from the options {@code --report}, {@code --size} and {@code
 * --engine}, else from the environment ({@code BENCH_REPORT}, {@code BENCH_SIZE}, {@code
 * BENCH_ENGINE}), so a benchmark run on its own reports nothing and one run by the suite needs no
 * new argument.
 */
public final class Report {

  private final Path file;
  private final String size;
  private final String engine;

  private Report(String file, String size, String engine) {
    this.file = file == null || file.isBlank() ? null : Path.of(file);
    this.size = size == null ? "-" : size;
    this.engine = engine == null ? "-" : engine;
  }

  /** From the environment alone: for benchmarks with positional arguments. */
  public static Report fromEnvironment() {
    return new Report(
        System.getenv("BENCH_REPORT"), System.getenv("BENCH_SIZE"), System.getenv("BENCH_ENGINE"));
  }

  /** From the options, each falling back to the environment. */
  public static Report of(BenchOptions options) {
    return new Report(
        options.get("report", System.getenv("BENCH_REPORT")),
        options.get("size", System.getenv("BENCH_SIZE")),
        options.get("engine", System.getenv("BENCH_ENGINE")));
  }

  /** Appends one figure; nothing when no report file was asked for. */
  public void add(String figure, double value, String unit) {
    if (file == null) {
      return;
    }
    String line =
        String.join("\t", figure, size, engine, String.format(Locale.ROOT, "%.2f", value), unit)
            + "\n";
    try {
      Files.writeString(
          file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the report " + file, e);
    }
  }
}
