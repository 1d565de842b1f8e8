package eu.imaginghub.bench.search;

import eu.imaginghub.bench.BenchOptions;
import eu.imaginghub.bench.Summary;
import eu.imaginghub.bench.Timings;
import eu.imaginghub.catalogue.search.domain.Facet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the faceted search "text + 3 filters + all facets" over HTTP on a running hub, then the
 * same search straight on its Lucene index, after checking that both give the same counts.
 *
 * <p>Options: {@code --url} (default http://127.0.0.1:8099), {@code --index} (the hub's {@code
 * <data-dir>/index/dataset}), {@code --requests} (timed searches per run, default 1000), {@code
 * --warmup} (default 3000), {@code --threads} (HTTP client threads, default 1,4), {@code --summary}
 * (a file to write the figures to as {@code key=value} lines).
 */
public final class SearchBenchmark {

  /** Words of the demo catalogue's titles and descriptions, from frequent to rarer. */
  static final List<String> WORDS =
      List.of("cohort", "imaging", "cancer", "screening", "segmentations", "retrospective");

  private final BenchOptions options;
  private final Summary summary = new Summary();

  private SearchBenchmark(BenchOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    new SearchBenchmark(new BenchOptions(args)).run();
  }

  private void run() throws Exception {
    HubHttp http = new HubHttp(URI.create(option("url", "http://127.0.0.1:8099")));
    int requests = Integer.parseInt(option("requests", "1000"));
    int warmup = Integer.parseInt(option("warmup", "3000"));
    System.out.println("Choosing the searches from the hub's facets:");
    List<BenchQuery> queries = http.chooseQueries(WORDS);
    try (LuceneFacetSearch lucene =
        new LuceneFacetSearch(
            Path.of(option("index", "target-bench/data/index/dataset")), facets())) {
      System.out.println("Index fields:\n" + lucene.describeFields());
      verify(http, lucene, queries);
      Timings http1 = timeHttp(http, queries, warmup, requests);
      Timings lucene1 = timeLucene(lucene, queries, warmup, requests);
      double ratio = http1.percentileMillis(0.5) / lucene1.percentileMillis(0.5);
      System.out.printf(Locale.ROOT, "HTTP p50 / Lucene p50 = %.1f%n", ratio);
      summary.put("ratio", String.format(Locale.ROOT, "%.1f", ratio));
    }
    writeSummary();
  }

  /** The hub's answer and the one computed here must agree, or the comparison means nothing. */
  private static void verify(HubHttp http, LuceneFacetSearch lucene, List<BenchQuery> queries)
      throws IOException, InterruptedException {
    for (BenchQuery query : queries) {
      SearchAnswer hub = http.search(query);
      SearchAnswer direct = lucene.search(query);
      List<String> differences = hub.countDifferences(direct);
      if (!differences.isEmpty()) {
        throw new IllegalStateException(
            "Lucene and HTTP answers differ for "
                + query
                + ":\n  "
                + String.join("\n  ", differences));
      }
      System.out.printf(
          "Lucene and HTTP answers match for q=%s: total %,d, %d facets%s%n",
          query.text(),
          hub.total(),
          hub.facets().size(),
          hub.sameFirstPage(direct) ? ", same first page" : " (first page in another order)");
    }
  }

  /** The warm-up is long: the JIT still recompiles the server's paths after a thousand calls. */
  private Timings timeHttp(HubHttp http, List<BenchQuery> queries, int warmup, int requests)
      throws InterruptedException {
    Timings.run(4, warmup, i -> http.fetch(queries.get(i % queries.size())));
    Timings first = null;
    for (int threads : threads()) {
      Timings t = Timings.run(threads, requests, i -> http.fetch(queries.get(i % queries.size())));
      System.out.println("HTTP   " + t.line());
      System.out.println(byWord(t, queries));
      record("http." + threads, t);
      first = first == null ? t : first;
    }
    return first;
  }

  private Timings timeLucene(LuceneFacetSearch lucene, List<BenchQuery> queries, int warmup, int n)
      throws InterruptedException {
    Timings.run(1, warmup, i -> lucene.search(queries.get(i % queries.size())));
    Timings t = Timings.run(1, n, i -> lucene.search(queries.get(i % queries.size())));
    System.out.println("Lucene " + t.line());
    System.out.println(byWord(t, queries));
    record("lucene.1", t);
    return t;
  }

  /** Median per word: the cost grows with the number of hits to count facets over. */
  private static String byWord(Timings t, List<BenchQuery> queries) {
    StringBuilder line = new StringBuilder("       median by word:");
    for (int i = 0; i < queries.size(); i++) {
      line.append(
          String.format(
              Locale.ROOT,
              " %s %.2f ms",
              queries.get(i).text(),
              t.medianMillis(i, queries.size())));
    }
    return line.toString();
  }

  private void record(String prefix, Timings t) {
    summary.put(prefix + ".p50", format(t.percentileMillis(0.50)));
    summary.put(prefix + ".p90", format(t.percentileMillis(0.90)));
    summary.put(prefix + ".p99", format(t.percentileMillis(0.99)));
    summary.put(prefix + ".rps", String.format(Locale.ROOT, "%.1f", t.perSecond()));
  }

  private void writeSummary() throws IOException {
    summary.writeTo(options.get("summary"));
  }

  private List<Integer> threads() {
    return Arrays.stream(option("threads", "1,4").split(",")).map(Integer::parseInt).toList();
  }

  private static List<String> facets() {
    return Arrays.stream(Facet.values()).map(Facet::key).toList();
  }

  private static String format(double millis) {
    return String.format(Locale.ROOT, "%.2f", millis);
  }

  private String option(String name, String fallback) {
    return options.get(name, fallback);
  }
}
