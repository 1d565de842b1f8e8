package eu.imaginghub.catalogue.publication.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.imaginghub.catalogue.publication.fake.FakeDepositions.Answer;
import eu.imaginghub.catalogue.publication.fake.ZenodoFaults.Step;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A local Zenodo: the subset of the REST deposit API the hub uses, on {@code 127.0.0.1}, holding
 * its depositions in memory. DOIs are in the test prefix 10.5072, as Zenodo's sandbox gives them;
 * every request needs the bearer token the fake was started with.
 */
public final class LocalZenodo implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalZenodo.class.getName());

  /** Communities that exist in the fake; any other is refused as Zenodo refuses it. */
  public static final Set<String> COMMUNITIES = Set.of("zenodo", "imaging-hub", "eucaim");

  private static final String DEPOSITIONS = "/api/deposit/depositions";
  private static final String FILES = "/api/files/";

  private final HttpServer server;
  private final ExecutorService threads;
  private final String token;
  private final FakeDepositions depositions =
      new FakeDepositions(new FakeMetadataRules(COMMUNITIES));
  private final ZenodoFaults faults = new ZenodoFaults();
  private final Map<Step, AtomicInteger> counts = new EnumMap<>(Step.class);

  private LocalZenodo(HttpServer server, String token) {
    this.server = server;
    this.token = token;
    for (Step step : Step.values()) {
      counts.put(step, new AtomicInteger());
    }
    // held and slow requests must not stop the others
    this.threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /** Starts a fake on the loopback interface; port 0 takes any free port. */
  public static LocalZenodo start(int port, String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the fake needs a token to expect");
    }
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      LocalZenodo zenodo = new LocalZenodo(server, token);
      server.start();
      LOG.info(() -> "Local fake Zenodo listening at " + zenodo.url());
      return zenodo;
    } catch (IOException e) {
      throw new UncheckedIOException("the fake Zenodo could not listen on port " + port, e);
    }
  }

  /** The base URL of its API, as {@code catalogue.zenodo.url} takes it. */
  public String url() {
    return origin() + "/api";
  }

  public String token() {
    return token;
  }

  public ZenodoFaults faults() {
    return faults;
  }

  /** How many requests of a step came in (whatever their answer). */
  public int requests(Step step) {
    return counts.get(step).get();
  }

  /** The depositions, published or not, whose metadata contains the text (e.g. a hub's id). */
  public List<JsonObject> depositionsMentioning(String text) {
    return depositions.all().stream()
        .filter(d -> d.metadata.toString().contains(text))
        .map(d -> d.json(origin()))
        .toList();
  }

  /** The deposition with the DOI, as the API shows it. */
  public Optional<JsonObject> byDoi(String doi) {
    return depositions.all().stream()
        .filter(d -> d.doi().equals(doi))
        .findFirst()
        .map(d -> d.json(origin()));
  }

  /** The names of the files of the deposition with the DOI. */
  public List<String> filesOf(String doi) {
    return depositions.all().stream()
        .filter(d -> d.doi().equals(doi))
        .flatMap(d -> d.files.keySet().stream())
        .toList();
  }

  @Override
  public void close() {
    faults.clear();
    server.stop(0);
    threads.shutdownNow();
  }

  private String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/records/")) {
        recordPage(exchange, path.substring("/records/".length()));
        return;
      }
      Step step = stepOf(exchange.getRequestMethod(), path);
      counts.get(step).incrementAndGet();
      if (!authorised(exchange)) {
        send(
            exchange,
            FakeDepositions.error(
                401,
                "The server could not verify that you are"
                    + " authorized to access the URL requested."));
        return;
      }
      if (!meetFault(exchange, step)) {
        return;
      }
      faults.awaitHold(step);
      send(exchange, answer(exchange, step, path));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** False when the fault ends the request (an error answer sent, or the connection dropped). */
  private boolean meetFault(HttpExchange exchange, Step step)
      throws IOException, InterruptedException {
    ZenodoFaults.Fault fault = faults.next(step);
    if (fault instanceof ZenodoFaults.Fail fail) {
      send(exchange, FakeDepositions.error(fail.status(), "Injected failure"));
      return false;
    }
    if (fault instanceof ZenodoFaults.Slow slow) {
      Thread.sleep(slow.delay().toMillis());
    }
    if (fault instanceof ZenodoFaults.Drop) {
      // the JDK server closes the connection of a handler that fails, without any answer
      throw new DroppedConnection();
    }
    return true;
  }

  private Answer answer(HttpExchange exchange, Step step, String path) throws IOException {
    String base = origin();
    return switch (step) {
      case CREATE -> depositions.create(body(exchange), base);
      case SEARCH -> depositions.search(query(exchange, "q"), base);
      case READ -> depositions.read(idIn(path), base);
      case UPDATE -> depositions.update(idIn(path), body(exchange), base);
      case PUBLISH -> depositions.publish(idIn(path), base);
      case EDIT -> depositions.edit(idIn(path), base);
      case NEW_VERSION -> depositions.newVersion(idIn(path), base);
      case UPLOAD -> upload(exchange, path);
      case ANY -> FakeDepositions.error(404, "The requested URL was not found on the server.");
    };
  }

  private Answer upload(HttpExchange exchange, String path) throws IOException {
    String[] parts = path.substring(FILES.length()).split("/", 2);
    if (parts.length < 2 || parts[1].isBlank()) {
      return FakeDepositions.error(400, "A file needs a name.");
    }
    return depositions.upload(parts[0], parts[1], exchange.getRequestBody().readAllBytes());
  }

  static Step stepOf(String method, String path) {
    if (path.startsWith(FILES) && "PUT".equals(method)) {
      return Step.UPLOAD;
    }
    if (path.equals(DEPOSITIONS)) {
      return "POST".equals(method) ? Step.CREATE : "GET".equals(method) ? Step.SEARCH : Step.ANY;
    }
    if (!path.startsWith(DEPOSITIONS + "/")) {
      return Step.ANY;
    }
    String[] parts = path.substring(DEPOSITIONS.length() + 1).split("/");
    if (parts.length == 1) {
      return "GET".equals(method) ? Step.READ : "PUT".equals(method) ? Step.UPDATE : Step.ANY;
    }
    if (parts.length == 3 && "actions".equals(parts[1]) && "POST".equals(method)) {
      return switch (parts[2]) {
        case "publish" -> Step.PUBLISH;
        case "edit" -> Step.EDIT;
        case "newversion" -> Step.NEW_VERSION;
        default -> Step.ANY;
      };
    }
    return Step.ANY;
  }

  private static long idIn(String path) {
    String rest = path.substring(DEPOSITIONS.length() + 1);
    int slash = rest.indexOf('/');
    try {
      return Long.parseLong(slash < 0 ? rest : rest.substring(0, slash));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private boolean authorised(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header != null && header.equals("Bearer " + token)) {
      return true;
    }
    return token.equals(query(exchange, "access_token"));
  }

  private static String query(HttpExchange exchange, String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    return Arrays.stream(raw.split("&"))
        .map(p -> p.split("=", 2))
        .filter(p -> p[0].equals(name))
        .map(p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "")
        .findFirst()
        .orElse(null);
  }

  private static JsonObject body(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    if (bytes.length == 0) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
  }

  /** A plain page for a published record, where the record URL of a DOI leads. */
  private void recordPage(HttpExchange exchange, String id) throws IOException {
    Optional<FakeDeposition> found =
        depositions.all().stream()
            .filter(d -> d.submitted && String.valueOf(d.id).equals(id))
            .findFirst();
    String html =
        found
            .map(
                d ->
                    "<!doctype html><title>Zenodo record "
                        + d.id
                        + "</title><p>DOI "
                        + d.doi()
                        + "</p><pre>"
                        + d.metadata.toString().replace("&", "&amp;").replace("<", "&lt;")
                        + "</pre>")
            .orElse("<!doctype html><title>Not found</title><p>No such record.</p>");
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(found.isPresent() ? 200 : 404, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Ends a request without an answer. */
  private static final class DroppedConnection extends RuntimeException {
    DroppedConnection() {
      super("connection dropped on purpose", null, false, false);
    }
  }
}
