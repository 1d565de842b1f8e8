package eu.imaginghub.bench.search;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hub's search API over HTTP/1.1 with keep-alive, as a browser or portal would call it. */
final class HubHttp {

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  HubHttp(URI base) {
    this.base = base;
  }

  /** Fetches a search answer's JSON text; anything but 200 is an error. */
  String fetch(BenchQuery query) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(query.path()))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "GET " + query.path() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  SearchAnswer search(BenchQuery query) throws IOException, InterruptedException {
    return parse(fetch(query));
  }

  /**
   * A realistic "query + 3 filters" search on whatever data the hub holds: the most frequent
   * modality, then the most frequent body part among its datasets (as a researcher ticks them),
   * restricted access, and each candidate word that still finds something.
   */
  List<BenchQuery> chooseQueries(List<String> words) throws IOException, InterruptedException {
    BenchQuery query = BenchQuery.everything();
    query = query.withFilter("modality", mostFrequent(search(query), "modality"));
    query = query.withFilter("bodyPart", mostFrequent(search(query), "bodyPart"));
    query = query.withFilter("accessRights", "RESTRICTED");
    System.out.println("  filters " + query);
    List<BenchQuery> chosen = new ArrayList<>();
    for (String word : words) {
      BenchQuery candidate = query.withText(word);
      long total = search(candidate).total();
      System.out.printf("  q=%-16s %,9d hits%n", word, total);
      if (total > 0) {
        chosen.add(candidate);
      }
    }
    if (chosen.isEmpty()) {
      throw new IllegalStateException("no candidate word finds anything with " + query);
    }
    return chosen;
  }

  private static String mostFrequent(SearchAnswer answer, String facet) {
    return answer.facets().getOrDefault(facet, Map.of()).entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalStateException("the hub shows no value of " + facet));
  }

  static SearchAnswer parse(String json) {
    JsonObject page = Json.createReader(new StringReader(json)).readObject();
    List<String> ids =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(item -> item.getString("id"))
            .toList();
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (JsonObject facet : page.getJsonArray("facets").getValuesAs(JsonObject.class)) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (JsonValue v : facet.getJsonArray("values")) {
        JsonObject value = v.asJsonObject();
        counts.put(value.getString("value"), value.getJsonNumber("count").longValue());
      }
      facets.put(facet.getString("key"), counts);
    }
    return new SearchAnswer(page.getJsonNumber("total").longValue(), ids, facets);
  }
}
