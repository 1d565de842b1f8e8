package eu.imaginghub.webapp.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Elasticsearch (the integ-test distribution from Maven Central, installed and
 * started by scripts/elasticsearch.sh) that the hubs of the production-engines test run index into:
 * one node for the whole run, on a free port, its data under target/, stopped when the run ends.
 * Each hub gets an index prefix of its own, as hubs sharing a cluster do.
 */
public final class DevElasticsearch {

  private static final Path SCRIPT = Path.of("..", "scripts", "elasticsearch.sh");
  private static DevElasticsearch shared;

  private final int port;
  private final Path dir;

  private DevElasticsearch(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** The run's node, started on first use. */
  public static synchronized DevElasticsearch shared() throws Exception {
    if (shared == null) {
      Path dir =
          Path.of(System.getProperty("hub.it.workdir", "target/it"))
              .resolve("elasticsearch")
              .toAbsolutePath();
      script(dir.resolveSibling("elasticsearch-stop.log"), "stop", dir.toString());
      HubProcess.deleteTree(dir);
      Files.createDirectories(dir.getParent());
      DevElasticsearch node = new DevElasticsearch(freePort(), dir);
      node.start();
      shared = node;
    }
    return shared;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The settings that point a hub at this node, its indexes named with the given prefix. */
  public List<String> hubSettings(String indexPrefix) {
    return List.of(
        "-Dhub.search.backend=elasticsearch",
        "-Dhub.search.elasticsearch.hosts=127.0.0.1:" + port,
        // the test distribution has no GET / to tell its version
        "-Dhub.search.elasticsearch.version=8.15.0",
        "-Dhub.search.elasticsearch.index-prefix=" + indexPrefix);
  }

  private void start() throws Exception {
    Path log = dir.resolveSibling("elasticsearch-start.log");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    script(dir.resolveSibling("elasticsearch-stop.log"), "stop", dir.toString());
                  } catch (Exception e) {
                    // the JVM is ending; the next run stops a node left behind before it starts
                  }
                }));
    script(log, "start", Integer.toString(port), dir.toString());
    awaitHealthy(log);
  }

  private void awaitHealthy(Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest health =
        HttpRequest.newBuilder(uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
            .build();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && !r.body().contains("\"status\":\"red\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Elasticsearch did not become healthy; see " + log);
  }

  private static void script(Path log, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    Files.createDirectories(log.getParent());
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(
          "scripts/elasticsearch.sh "
              + String.join(" ", args)
              + " failed:\n"
              + Files.readString(log));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
