package eu.imaginghub.harvester.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import eu.imaginghub.harvester.record.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A node for the tests: a real HTTP server on 127.0.0.1 and a free port, serving fixtures with the
 * fixtures' example hosts rewritten to its own address. Records every request it gets.
 */
public final class NodeServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

  /** A request as the node got it: path with query, and the headers the tests look at. */
  public record Request(
      String pathAndQuery, String accept, String ifNoneMatch, String ifModifiedSince) {}

  public NodeServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public URI uri(String pathAndQuery) {
    return URI.create(base() + pathAndQuery);
  }

  /** Serves a path (with its query, if any) by the handler. */
  public NodeServer on(String pathAndQuery, HttpHandler handler) {
    routes.put(pathAndQuery, handler);
    return this;
  }

  /** Serves pages at /page/0, /page/1, ... each linking on with a {@code Link: rel="next"}. */
  public URI pages(List<byte[]> pages, String mediaType) {
    for (int i = 0; i < pages.size(); i++) {
      byte[] page = pages.get(i);
      String next = i + 1 < pages.size() ? "</page/" + (i + 1) + ">; rel=\"next\"" : null;
      on(
          "/page/" + i,
          ex -> {
            if (next != null) {
              ex.getResponseHeaders().set("Link", next);
            }
            send(ex, 200, mediaType, page);
          });
    }
    return uri("/page/0");
  }

  /** Serves a fixture under a path, with the media type of its extension. */
  public NodeServer fixture(String pathAndQuery, String fixture) {
    return on(pathAndQuery, ex -> send(ex, 200, Fixtures.mediaType(fixture), fixture(fixture)));
  }

  /** A fixture's bytes with the example hosts it names pointing at this server. */
  public byte[] fixture(String name) {
    String text = new String(Fixtures.bytes(name), StandardCharsets.UTF_8);
    return text.replace("https://node.example.org", base())
        .replace("https://fdp.example.org", base())
        .getBytes(StandardCharsets.UTF_8);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean empty = body.length == 0 || status == 304;
    ex.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  public static void redirect(HttpExchange ex, int status, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    send(ex, status, null, new byte[0]);
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String pathAndQuery = ex.getRequestURI().getRawPath();
    if (ex.getRequestURI().getRawQuery() != null) {
      pathAndQuery += "?" + ex.getRequestURI().getRawQuery();
    }
    requests.add(
        new Request(
            pathAndQuery,
            ex.getRequestHeaders().getFirst("Accept"),
            ex.getRequestHeaders().getFirst("If-None-Match"),
            ex.getRequestHeaders().getFirst("If-Modified-Since")));
    HttpHandler handler = routes.get(pathAndQuery);
    if (handler == null) {
      send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    handler.handle(ex);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
