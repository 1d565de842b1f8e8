package eu.imaginghub.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Ids of public datasets of a running hub, from random pages of the anonymous search: every id
 * exists and may be shown to anyone, as the datasets a visitor or a search engine reads.
 *
 * <p>Run on its own ({@code --url}, {@code --ids} (default 2000), {@code --seed} (15), {@code
 * --out}) it writes the ids to a file, one a line, for a load generator such as wrk.
 */
public final class PublicDatasets {

  /** The search answers pages of at most 100, over its first 10,000 hits. */
  private static final int PAGE = 100;

  private static final int WINDOW_PAGES = 100;

  private final URI base;
  private final Random random;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public PublicDatasets(URI base, Random random) {
    this.base = base;
    this.random = random;
  }

  public static void main(String[] args) throws Exception {
    BenchOptions options = new BenchOptions(args);
    PublicDatasets datasets =
        new PublicDatasets(
            URI.create(options.get("url", "http://127.0.0.1:8099")),
            new Random(options.integer("seed", 15)));
    List<String> ids = datasets.ids(options.integer("ids", 2000));
    Files.write(Path.of(options.get("out", "public-ids.txt")), ids);
    System.out.printf("%,d public dataset ids%n", ids.size());
  }

  /** Up to {@code wanted} distinct ids; fails when the hub shows no public dataset. */
  public List<String> ids(int wanted) throws IOException, InterruptedException {
    JsonObject first = search(1);
    long total = first.getJsonNumber("total").longValue();
    if (total == 0) {
      throw new IllegalStateException("the hub shows no public dataset to anonymous visitors");
    }
    int pages = (int) Math.min(WINDOW_PAGES, (total + PAGE - 1) / PAGE);
    Set<String> ids = new LinkedHashSet<>(idsOf(first));
    Set<Integer> read = new LinkedHashSet<>(List.of(1));
    while (ids.size() < wanted && read.size() < pages) {
      int page = 1 + random.nextInt(pages);
      if (read.add(page)) {
        ids.addAll(idsOf(search(page)));
      }
    }
    return List.copyOf(ids);
  }

  private JsonObject search(int page) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/datasets?size=" + PAGE + "&page=" + page))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("the search answered " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static List<String> idsOf(JsonObject answer) {
    return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("id"))
        .toList();
  }
}
