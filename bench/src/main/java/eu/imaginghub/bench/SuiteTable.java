package eu.imaginghub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the suite's {@link Report} lines into one Markdown table: a row per figure and engine, a
 * column per catalogue size, how the figure's cost grows with size (computed from the smallest and
 * the largest size measured) and, for the figures with a target, whether the largest size meets it.
 *
 * <p>Arguments: the report file; the table goes to standard output.
 */
public final class SuiteTable {

  /** One row: a figure on one engine, its values by catalogue size. */
  private record Row(String figure, String engine, String unit, TreeMap<Long, Double> bySize) {}

  private SuiteTable() {}

  public static void main(String[] args) throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    TreeSet<Long> sizes = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      String[] f = line.split("\t");
      if (f.length != 5 || !f[3].matches("-?[0-9.]+")) {
        continue; // a figure its benchmark could not measure: left empty in the table
      }
      long size = Long.parseLong(f[1]);
      sizes.add(size);
      rows.computeIfAbsent(f[0] + "\t" + f[2], k -> new Row(f[0], f[2], f[4], new TreeMap<>()))
          .bySize()
          .put(size, Double.parseDouble(f[3]));
    }
    System.out.print(table(rows.values(), sizes));
  }

  private static String table(Iterable<Row> rows, TreeSet<Long> sizes) {
    StringBuilder out = new StringBuilder("| figure | engines |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (long size : sizes) {
      out.append(' ').append(sizeLabel(size)).append(" |");
      rule.append("---:|");
    }
    out.append(" cost with size | target |\n").append(rule).append("---|---|\n");
    for (Row row : rows) {
      out.append("| ").append(row.figure());
      if (!row.unit().equals("load")) {
        out.append(", ").append(row.unit());
      }
      out.append(" | ").append(row.engine()).append(" |");
      for (long size : sizes) {
        Double value = row.bySize().get(size);
        out.append(' ').append(value == null ? "" : number(value)).append(" |");
      }
      out.append(' ').append(Growth.of(row.unit(), row.bySize())).append(" | ");
      out.append(Target.check(row.figure(), row.bySize())).append(" |\n");
    }
    return out.toString();
  }

  static String sizeLabel(long size) {
    if (size >= 1_000_000 && size % 1_000_000 == 0) {
      return size / 1_000_000 + "M";
    }
    return size >= 1_000 && size % 1_000 == 0 ? size / 1_000 + "k" : Long.toString(size);
  }

  static String number(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }

  /** How a figure's cost grows: a latency or a size is the cost; a rate's cost is its inverse. */
  static final class Growth {

    private Growth() {}

    static String of(String unit, TreeMap<Long, Double> bySize) {
      if (unit.equals("load")) {
        return ""; // the machine's, not the hub's
      }
      if (bySize.size() < 2) {
        return "one size measured";
      }
      double first = bySize.firstEntry().getValue();
      double last = bySize.lastEntry().getValue();
      if (first <= 0 || last <= 0) {
        return "";
      }
      boolean rate = unit.endsWith("/s");
      double costRatio = rate ? first / last : last / first;
      double decades = Math.log10((double) bySize.lastKey() / bySize.firstKey());
      double per10 = Math.pow(costRatio, 1 / decades);
      return String.format(Locale.ROOT, "×%.2f per 10×: %s", per10, words(per10));
    }

    static String words(double per10) {
      if (per10 < 0.75) {
        return "falls";
      } else if (per10 <= 1.3) {
        return "about constant";
      } else if (per10 < 7) {
        return "sub-linear";
      } else if (per10 <= 14) {
        return "linear";
      }
      return "super-linear";
    }
  }

  /** The targets at a million datasets on the 2-core machine (start-up's is at 100,000). */
  static final class Target {

    private record Goal(String figure, boolean atMost, double limit, String text) {}

    private static final List<Goal> GOALS =
        List.of(
            new Goal("faceted search, 1 thread, p99", true, 100, "≤ 100 ms at 1M"),
            new Goal("harvest, first run", false, 2_000, "≥ 2,000 /s at 1M"),
            new Goal("dataset GET, 8 connections", false, 5_000, "≥ 5,000 /s at 1M"),
            new Goal("start-up to first search answer", true, 15, "≤ 15 s at 100k"));

    private Target() {}

    static String check(String figure, TreeMap<Long, Double> bySize) {
      for (Goal goal : GOALS) {
        if (goal.figure().equals(figure)) {
          double value = bySize.lastEntry().getValue();
          boolean met = goal.atMost() ? value <= goal.limit() : value >= goal.limit();
          return goal.text()
              + ": "
              + (met ? "met" : "**not met**")
              + " at "
              + sizeLabel(bySize.lastKey());
        }
      }
      return "";
    }
  }
}
