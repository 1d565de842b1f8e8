package eu.imaginghub.bench.search;

import eu.imaginghub.bench.BenchOptions;
import eu.imaginghub.bench.Report;
import eu.imaginghub.bench.Timings;
import java.net.URI;
import java.util.List;

/**
 * The faceted search of {@link SearchBenchmark} over HTTP alone, on whatever engine the hub
 * searches with (the Lucene comparison needs the embedded index; this runs on Elasticsearch too):
 * the same searches, warm-up and client threads, its figures sent to the suite's {@link Report}.
 *
 * <p>Options: {@code --url}, {@code --requests} (default 1000), {@code --warmup} (3000), and the
 * report's {@code --report}, {@code --size}, {@code --engine}.
 */
public final class HttpSearchBenchmark {

  private HttpSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = new BenchOptions(args);
    HubHttp http = new HubHttp(URI.create(options.get("url", "http://127.0.0.1:8099")));
    int requests = options.integer("requests", 1000);
    List<BenchQuery> queries = http.chooseQueries(SearchBenchmark.WORDS);
    Timings.run(4, options.integer("warmup", 3000), i -> http.fetch(queryOf(queries, i)));
    Timings one = Timings.run(1, requests, i -> http.fetch(queryOf(queries, i)));
    System.out.println("HTTP   " + one.line());
    Timings four = Timings.run(4, requests, i -> http.fetch(queryOf(queries, i)));
    System.out.println("HTTP   " + four.line());
    Report report = Report.of(options);
    report.add("faceted search, 1 thread, p50", one.percentileMillis(0.50), "ms");
    report.add("faceted search, 1 thread, p99", one.percentileMillis(0.99), "ms");
    report.add("faceted search, 4 threads", four.perSecond(), "requests/s");
  }

  private static BenchQuery queryOf(List<BenchQuery> queries, int i) {
    return queries.get(i % queries.size());
  }
}
