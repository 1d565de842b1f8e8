package eu.imaginghub.bench.landing;

import eu.imaginghub.bench.BenchOptions;
import eu.imaginghub.bench.PublicDatasets;
import eu.imaginghub.bench.Summary;
import eu.imaginghub.bench.Timings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the landing page {@code /datasets/{id}} of random public datasets over HTTP, as an
 * anonymous visitor (or a search engine) reads it: the ids come from random pages of the public
 * search, so every page asked for exists and may be shown to anyone. Each answer must be 200 HTML.
 *
 * <p>Options: {@code --url} (default http://127.0.0.1:8099), {@code --requests} (timed pages,
 * default 2000), {@code --warmup} (default 3000), {@code --ids} (distinct datasets to draw from,
 * default 2000), {@code --threads} (HTTP client threads, default 1,4), {@code --seed} (default 15),
 * {@code --summary} (a file to write the figures to as {@code key=value} lines).
 */
public final class LandingBenchmark {

  private final BenchOptions options;
  private final URI base;
  private final Random random;
  private final Summary summary = new Summary();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private LandingBenchmark(BenchOptions options) {
    this.options = options;
    this.base = URI.create(options.get("url", "http://127.0.0.1:8099"));
    this.random = new Random(options.integer("seed", 15));
  }

  public static void main(String[] args) throws Exception {
    new LandingBenchmark(new BenchOptions(args)).run();
  }

  private void run() throws Exception {
    List<String> ids = new PublicDatasets(base, random).ids(options.integer("ids", 2000));
    int requests = options.integer("requests", 2000);
    int warmup = options.integer("warmup", 3000);
    System.out.printf(
        "%,d public datasets to draw from; a page: %s%n", ids.size(), page(ids.get(0)));
    // the JIT still recompiles the server's paths after a thousand calls: a long warm-up
    Timings.run(4, warmup, i -> page(randomOf(ids)));
    for (String threads : options.get("threads", "1,4").split(",")) {
      int n = Integer.parseInt(threads.strip());
      List<String> order = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        order.add(randomOf(ids));
      }
      Timings t = Timings.run(n, requests, i -> page(order.get(i)));
      System.out.println("GET /datasets/{id} " + t.line());
      record("landing." + n, t);
    }
    writeSummary();
  }

  /** One landing page; its size, to show that it is a whole page. */
  private String page(String id) throws IOException, InterruptedException {
    String html = get("/datasets/" + id, "text/html");
    if (!html.contains("<html")) {
      throw new IOException("GET /datasets/" + id + " answered no HTML page");
    }
    return String.format(Locale.ROOT, "%,d characters of HTML", html.length());
  }

  private String get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(60))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
    return response.body();
  }

  private String randomOf(List<String> ids) {
    synchronized (random) {
      return ids.get(random.nextInt(ids.size()));
    }
  }

  private void record(String prefix, Timings t) {
    summary.put(prefix + ".p50", format(t.percentileMillis(0.50)));
    summary.put(prefix + ".p95", format(t.percentileMillis(0.95)));
    summary.put(prefix + ".p99", format(t.percentileMillis(0.99)));
    summary.put(prefix + ".mean", format(t.meanMillis()));
    summary.put(prefix + ".rps", String.format(Locale.ROOT, "%.1f", t.perSecond()));
  }

  private void writeSummary() throws IOException {
    summary.writeTo(options.get("summary"));
  }

  private static String format(double millis) {
    return String.format(Locale.ROOT, "%.2f", millis);
  }
}
