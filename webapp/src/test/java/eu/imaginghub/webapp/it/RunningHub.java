package eu.imaginghub.webapp.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the packaged hub on Payara Micro once per test run (one JVM per database engine), on a
 * clean database and data directory, and stops it when the run ends. Test classes share it.
 */
public final class RunningHub implements BeforeAllCallback {

  /** Datasets the demo federation is seeded with in the tests. */
  public static final int DEMO_DATASETS = 60;

  private static URI baseUri;
  private static String jdbcUrl;
  private static DevChain chain;
  private static SmtpMailbox mailbox;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  public static synchronized URI baseUri() {
    if (baseUri == null) {
      throw new IllegalStateException("the hub is not started");
    }
    return baseUri;
  }

  /** A direct connection to the hub's database, for checks no API offers. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, dbUser(), dbPassword());
  }

  private static String dbUser() {
    return System.getProperty("hub.it.db.user", "hub");
  }

  private static String dbPassword() {
    return System.getProperty("hub.it.db.password", "hub");
  }

  /** {@code local} (the embedded default) or {@code chain}: traces anchored on a dev chain. */
  public static String anchorMode() {
    return System.getProperty("hub.it.anchor", "local");
  }

  /** The development chain the hub anchors on, in the chain-mode run. */
  public static synchronized DevChain chain() {
    if (chain == null) {
      throw new IllegalStateException("this run anchors locally; no chain is started");
    }
    return chain;
  }

  /** The SMTP server the hub sends its mail to. */
  public static synchronized SmtpMailbox mailbox() {
    if (mailbox == null) {
      throw new IllegalStateException("the hub is not started");
    }
    return mailbox;
  }

  public static String db() {
    return System.getProperty("hub.it.db", "h2");
  }

  private static synchronized void start() throws Exception {
    if (baseUri != null) {
      return;
    }
    Path work = Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve(db());
    deleteTree(work);
    Files.createDirectories(work);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dhub.data-dir=" + work.resolve("data"));
    command.add("-Dhub.demo.datasets=" + DEMO_DATASETS);
    command.add("-Dhub.http.max-body-bytes=20000");
    command.add("-Dtracer.anchor.interval-ms=300");
    // the tests play the nodes on this machine; production refuses such addresses
    command.add("-Dharvester.fetch.allow-private=loopback");
    command.add("-Dharvester.fetch.read-timeout-ms=3000");
    mailbox = new SmtpMailbox();
    command.add("-Dhub.mail.smtp.host=127.0.0.1");
    command.add("-Dhub.mail.smtp.port=" + mailbox.port());
    command.add("-Dhub.mail.from=hub@imaging-hub.test");
    if ("chain".equals(anchorMode())) {
      chain = DevChain.start(work);
      command.addAll(
          List.of(
              "-Dtracer.anchor.mode=chain",
              "-Dtracer.chain.url=" + chain.url(),
              "-Dtracer.chain.private-key=" + DevChain.DEV_KEY,
              "-Dtracer.chain.confirmations=2",
              "-Dtracer.chain.timeout-ms=3000",
              "-Dtracer.chain.max-backoff-ms=2000"));
    }
    if ("postgresql".equals(db())) {
      resetPostgresql();
      jdbcUrl = System.getProperty("hub.it.db.url");
    } else {
      // the tests open the same database beside the hub, e.g. to tamper with a trace
      jdbcUrl =
          "jdbc:h2:file:" + work.resolve("data/db/hub").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }
    command.add("-Dhub.db.url=" + jdbcUrl);
    command.add("-Dhub.db.user=" + dbUser());
    command.add("-Dhub.db.password=" + dbPassword());
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("hub.it.payara"),
            "--deploy",
            System.getProperty("hub.it.war"),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--nocluster",
            "--disablephonehome"));
    Path log = work.resolve("hub.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    URI uri = URI.create("http://127.0.0.1:" + port);
    awaitReady(uri, process, log);
    baseUri = uri;
  }

  private static void awaitReady(URI uri, Process process, Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the hub stopped during start-up:\n" + tail(log));
      }
      try {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(uri.resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    process.destroy();
    throw new IllegalStateException("the hub did not become ready:\n" + tail(log));
  }

  /** Each run starts from an empty schema, like a fresh installation. */
  private static void resetPostgresql() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                System.getProperty("hub.it.db.url"),
                System.getProperty("hub.it.db.user"),
                System.getProperty("hub.it.db.password"));
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
