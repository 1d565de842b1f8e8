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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged hub on Payara Micro in a JVM of its own, with the given settings, on a port of its
 * own; it can be stopped, killed and started again on the same data.
 */
public final class HubProcess {

  private final List<String> command;
  private final Path log;
  private final URI uri;
  private Process process;

  private HubProcess(List<String> settings, int givenPort, Path log) throws IOException {
    int port = givenPort == 0 ? freePort() : givenPort;
    this.log = log;
    this.uri = URI.create("http://127.0.0.1:" + port);
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add("-Xmx1g");
    // the demo users sign in as in ./hub run (the hub refuses them anyway when OIDC is configured)
    c.add("-Dhub.login.mode=dev");
    c.addAll(settings);
    c.addAll(
        List.of(
            "-jar",
            System.getProperty("hub.it.payara"),
            "--deploy",
            System.getProperty("hub.it.war"),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--rootdir",
            runtime().toString(),
            "--nocluster",
            "--disablephonehome"));
    this.command = List.copyOf(c);
  }

  /** Starts a hub with these JVM options (-D settings) and waits until it is ready. */
  public static HubProcess start(List<String> settings, Path log) throws Exception {
    return start(settings, 0, log);
  }

  /** Starts a hub on this port (a free one for 0) and waits until it is ready. */
  public static HubProcess start(List<String> settings, int port, Path log) throws Exception {
    HubProcess hub = new HubProcess(settings, port, log);
    hub.start();
    return hub;
  }

  public URI uri() {
    return uri;
  }

  /** Starts the hub (again), on the same port and data, and waits until it is ready. */
  public synchronized void start() throws Exception {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the hub runs already");
    }
    deleteTree(runtime());
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
    awaitReady();
  }

  /**
   * Payara Micro's working directory, beside the log, made afresh at every start (as the hub script
   * does): one kept from a killed hub would deploy the hub a second time, and the default, a new
   * directory under /tmp per start, is left behind by every hub that is killed.
   */
  private Path runtime() {
    return log.resolveSibling(log.getFileName() + ".runtime");
  }

  /** Stops the hub as an operator would: it shuts down and closes its database. */
  public synchronized void stop() throws InterruptedException {
    end(false);
  }

  /** {@code kill -9}: the JVM and anything it started die at once, with no shutdown at all. */
  public synchronized void kill() throws InterruptedException {
    end(true);
  }

  private void end(boolean forcibly) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    for (ProcessHandle p : all) {
      if (forcibly) {
        p.destroyForcibly();
      } else {
        p.destroy();
      }
    }
    for (ProcessHandle p : all) {
      p.onExit().orTimeout(2, TimeUnit.MINUTES).join();
    }
    process.waitFor();
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    // a busy machine may need longer (beside Keycloak a start has taken over 4 minutes there)
    long minutes = Long.getLong("hub.it.start-minutes", 8);
    long deadline = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
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

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Empties a test's working directory, as a fresh installation has none. */
  public static void deleteTree(Path root) throws IOException {
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
