package eu.imaginghub.bench.harvest;

import eu.imaginghub.bench.HubSession;
import eu.imaginghub.bench.Report;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import eu.imaginghub.harvester.fetch.NodeServer;
import eu.imaginghub.harvester.record.infrastructure.RdfDocumentReader;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end harvest benchmark, run by scripts/bench-harvest.sh against a running hub: a local
 * node serves generated DCAT-AP Turtle pages of 1,000 datasets linked by {@code Link: rel="next"};
 * the hub pulls them (fetch, parse, validate, store, index, trace) in a run started over its API,
 * then pulls the unchanged catalogue again. Compared with Jena alone parsing the same pages.
 *
 * <p>Arguments: hub URL (default http://127.0.0.1:8099), datasets (default 100000).
 */
public final class HarvestBenchmark {

  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?\\d+)");

  private final HubSession session;

  private HarvestBenchmark(URI hub) throws Exception {
    this.session = HubSession.admin(hub);
  }

  public static void main(String[] args) throws Exception {
    URI hub = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8099");
    int total = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    List<byte[]> pages = RecordImportBenchmark.pages(total, RdfSyntax.TURTLE);
    double parseSeconds = parseOnly(pages);
    try (NodeServer node = new NodeServer()) {
      URI source = node.pages(pages, "text/turtle");
      HarvestBenchmark bench = new HarvestBenchmark(hub);
      bench.registerNode(source);
      long start = System.nanoTime();
      String first = bench.harvest();
      double committedSeconds = (System.nanoTime() - start) / 1e9;
      bench.awaitSearchable(total);
      double firstSeconds = (System.nanoTime() - start) / 1e9;
      bench.awaitAnchoringIdle();
      start = System.nanoTime();
      String again = bench.harvest();
      double againSeconds = (System.nanoTime() - start) / 1e9;
      System.out.println();
      System.out.printf(Locale.ROOT, "%d datasets in %d pages of Turtle%n", total, pages.size());
      System.out.printf(
          Locale.ROOT,
          "Jena alone parsing the pages: %.1f s, %.0f datasets/s%n",
          parseSeconds,
          total / parseSeconds);
      System.out.printf(
          Locale.ROOT,
          "first harvest: %s%n  committed after %.1f s, all searchable after %.1f s: %.0f"
              + " datasets/s, %.1f x the parse%n",
          first,
          committedSeconds,
          firstSeconds,
          total / firstSeconds,
          firstSeconds / parseSeconds);
      System.out.printf(
          Locale.ROOT,
          "unchanged re-harvest (full fetch, no 304): %s%n  %.1f s, %.1f x faster%n",
          again,
          againSeconds,
          firstSeconds / againSeconds);
      Report report = Report.fromEnvironment();
      report.add("harvest, first run", total / firstSeconds, "datasets/s");
      report.add("harvest, unchanged again", total / againSeconds, "datasets/s");
    }
  }

  private static double parseOnly(List<byte[]> pages) {
    RdfDocumentReader reader = new RdfDocumentReader();
    pages.forEach(p -> reader.read(p, "text/turtle", "http://warm.up/")); // warm-up
    long start = System.nanoTime();
    pages.forEach(p -> reader.read(p, "text/turtle", "http://node.local/"));
    return (System.nanoTime() - start) / 1e9;
  }

  private void registerNode(URI source) throws Exception {
    send(
        "POST",
        "/api/nodes",
        "{\"id\":\"bench-node\",\"name\":\"Benchmark node\",\"country\":\"NL\","
            + "\"organisation\":\"Benchmark\"}");
    String body =
        send(
            "PUT",
            "/api/nodes/bench-node/harvest-source",
            "{\"url\":\"" + source + "\",\"format\":\"turtle\",\"intervalMinutes\":100000}");
    System.out.println("source: " + body);
  }

  /**
   * Starts a run and waits until its report shows it ended, which is once its transaction has
   * committed (search index included): the end-to-end time.
   */
  private String harvest() throws Exception {
    String run = field(send("POST", "/api/nodes/bench-node/harvests", ""), "id");
    while (true) {
      Thread.sleep(100);
      String report = send("GET", "/api/harvests/" + run, null);
      if (!"RUNNING".equals(field(report, "status"))) {
        return report.replaceAll("\"errors\":\\[.*?\\],", "");
      }
    }
  }

  /** Waits until search finds every harvested dataset: the index is written after the commit. */
  private void awaitSearchable(int total) throws Exception {
    while (Long.parseLong(field(send("GET", "/api/datasets?node=bench-node&size=1", null), "total"))
        < total) {
      Thread.sleep(100);
    }
  }

  /**
   * Waits until the trace log has sealed what the first run recorded (a trace per dataset), so that
   * the second run is measured on its own rather than beside that background work.
   */
  private void awaitAnchoringIdle() throws Exception {
    long start = System.nanoTime();
    while (Long.parseLong(field(send("GET", "/api/traces/anchoring", null), "unsealedTraces"))
        > 0) {
      Thread.sleep(500);
    }
    System.out.printf(
        Locale.ROOT,
        "(the trace log sealed the first run's traces %.1f s after it ended)%n",
        (System.nanoTime() - start) / 1e9);
  }

  private static String field(String json, String name) {
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2).replace("\"", "");
      }
    }
    throw new IllegalStateException("no " + name + " in " + json);
  }

  private String send(String method, String path, String json) throws Exception {
    return json == null ? session.get(path) : session.send(method, path, "application/json", json);
  }
}
