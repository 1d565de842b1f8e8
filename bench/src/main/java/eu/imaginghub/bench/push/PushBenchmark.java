package eu.imaginghub.bench.push;

import eu.imaginghub.bench.BenchOptions;
import eu.imaginghub.bench.HubSession;
import eu.imaginghub.bench.Report;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonWriter;
import eu.imaginghub.catalogue.demo.application.DemoFederation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Push records per second through the push API: a node of its own (registered anew on each run, so
 * a hub kept between runs takes it too) pushes generated demo records, complete under the profile,
 * as NDJSON calls of {@code --batch} records; each call is one run that validates, stores, traces
 * and indexes its records before it answers. One call first as warm-up, then {@code --records}
 * records timed from the first call to the last answer.
 *
 * <p>Options: {@code --url} (default http://127.0.0.1:8099), {@code --records} (5000), {@code
 * --batch} (1000, at most the hub's {@code harvester.push.max-records}), and the report's {@code
 * --report}, {@code --size}, {@code --engine}.
 */
public final class PushBenchmark {

  private PushBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = new BenchOptions(args);
    int records = options.integer("records", 5000);
    int batch = options.integer("batch", 1000);
    HubSession hub = HubSession.admin(URI.create(options.get("url", "http://127.0.0.1:8099")));
    String node = "bench-push-" + System.currentTimeMillis();
    hub.send(
        "POST",
        "/api/nodes",
        "application/json",
        "{\"id\":\""
            + node
            + "\",\"name\":\"Push benchmark\",\"country\":\"NL\","
            + "\"organisation\":\"Benchmark\"}");
    List<String> lines = records(records + batch);
    push(hub, node, lines.subList(records, records + batch)); // warm-up
    long start = System.nanoTime();
    for (int from = 0; from < records; from += batch) {
      push(hub, node, lines.subList(from, Math.min(records, from + batch)));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "pushed %,d new records in calls of %,d: %.1f s, %.0f records/s%n",
        records,
        batch,
        seconds,
        records / seconds);
    Report.of(options).add("push, new records", records / seconds, "records/s");
  }

  /** One push call; every record must have been added. */
  private static void push(HubSession hub, String node, List<String> lines) throws Exception {
    JsonObject answer =
        HubSession.object(
            hub.send(
                "POST",
                "/api/nodes/" + node + "/datasets",
                "application/x-ndjson",
                String.join("\n", lines)));
    if (answer.getInt("added", -1) != lines.size()) {
      throw new IllegalStateException("not every record was added: " + answer);
    }
  }

  /** Demo records as the push format's JSON lines, each with a local id of its own. */
  private static List<String> records(int count) {
    int[] next = {0};
    return DemoFederation.datasets(27, count)
        .map(
            d ->
                Json.createObjectBuilder(HubSession.object(DatasetJsonWriter.text(d.description())))
                    .add("localId", "push-" + next[0]++)
                    .build()
                    .toString())
        .collect(Collectors.toList());
  }
}
