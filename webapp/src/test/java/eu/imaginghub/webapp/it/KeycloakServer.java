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

/**
 * A real Keycloak with the hub's realm, started by scripts/keycloak.sh on free ports, its data in
 * memory so that every run starts from the realm export. Ready when the realm's discovery document
 * answers.
 */
public final class KeycloakServer {

  public static final String REALM = "imaging-hub";

  /** The web client's secret in the realm export (a development value, like the passwords). */
  public static final String WEB_CLIENT_SECRET = "hub-web-dev-secret";

  private static final Duration START_LIMIT = Duration.ofMinutes(10);

  private final int port;
  private final Path log;
  private Process process;

  private KeycloakServer(Path log) throws IOException {
    this.port = freePort();
    this.log = log;
  }

  /** Whether this test run signs in through Keycloak, as production does. */
  static boolean enabled() {
    return !System.getProperty("hub.it.keycloak", "").isBlank();
  }

  static KeycloakServer start(Path work) throws Exception {
    Files.createDirectories(work);
    Path script = Path.of(System.getProperty("hub.it.keycloak"));
    if (!Files.isExecutable(script)) {
      throw new IllegalStateException("Keycloak start script not found at " + script);
    }
    KeycloakServer server = new KeycloakServer(work.resolve("keycloak.log"));
    ProcessBuilder builder =
        new ProcessBuilder(script.toString(), "start", Integer.toString(server.port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(server.log.toFile()));
    builder.environment().put("KC_DB", "dev-mem");
    builder.environment().put("KC_MANAGEMENT_PORT", Integer.toString(freePort()));
    server.process = builder.start();
    Process started = server.process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
    server.awaitRealm();
    return server;
  }

  /** The realm's issuer URL, as its tokens name it. */
  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  public URI tokenEndpoint() {
    return URI.create(issuer() + "/protocol/openid-connect/token");
  }

  private void awaitRealm() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped during start-up; see " + log);
      }
      try {
        if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Keycloak's realm did not become ready; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
