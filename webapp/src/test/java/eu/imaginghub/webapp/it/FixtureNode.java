package eu.imaginghub.webapp.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A federated node played by a real HTTP server in the test JVM: it serves the harvester's fixture
 * documents under paths the test chooses, with an ETag per document (answering 304 to a matching
 * If-None-Match), errors, and slow answers.
 */
final class FixtureNode implements AutoCloseable {

  private static final Path FIXTURES =
      Path.of("..", "harvester", "src", "test", "resources", "fixtures");

  /** What one path answers. */
  record Answer(int status, String contentType, String body, String etag, long delayMillis) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();

  FixtureNode() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  /** Serves a fixture as Turtle (links to the example node rewritten to this server). */
  void serve(String pathAndQuery, String fixture, String etag) {
    answers.put(pathAndQuery, new Answer(200, "text/turtle", fixture(fixture), etag, 0));
  }

  void answer(String pathAndQuery, Answer answer) {
    answers.put(pathAndQuery, answer);
  }

  int requests() {
    return requests.get();
  }

  String fixture(String name) {
    try {
      return Files.readString(FIXTURES.resolve(name)).replace("https://node.example.org", url(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    URIKey key = new URIKey(exchange);
    Answer answer = answers.get(key.value());
    try (exchange) {
      if (answer == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      pause(answer.delayMillis());
      if (answer.etag() != null) {
        exchange.getResponseHeaders().set("ETag", answer.etag());
        if (answer.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
      }
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.sendResponseHeaders(answer.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the hub hung up (a timeout it enforces): nothing more to send
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Path plus query, as the answers are keyed. */
  private record URIKey(String value) {
    URIKey(HttpExchange exchange) {
      this(
          exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() == null
                  ? ""
                  : "?" + exchange.getRequestURI().getRawQuery()));
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
