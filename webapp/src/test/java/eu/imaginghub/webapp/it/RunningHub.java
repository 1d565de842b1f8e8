package eu.imaginghub.webapp.it;

import eu.imaginghub.catalogue.publication.fake.LocalZenodo;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
  private static KeycloakServer keycloak;
  private static LocalZenodo zenodo;

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
    return database(jdbcUrl);
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

  /**
   * The fake Zenodo of this run, started once in the test JVM by whichever test needs it first: the
   * shared hub deposits there, and tests read what it holds and make it fail on purpose.
   */
  public static synchronized LocalZenodo zenodo() {
    if (zenodo == null) {
      zenodo = LocalZenodo.start(0, "it-token-" + java.util.UUID.randomUUID());
    }
    return zenodo;
  }

  /**
   * The settings that make a hub deposit into the run's fake Zenodo, with short pauses so that
   * retries happen within a test's patience.
   */
  public static List<String> zenodoSettings(LocalZenodo fake) {
    return List.of(
        "-Dcatalogue.zenodo.url=" + fake.url(),
        "-Dcatalogue.zenodo.token=" + fake.token(),
        "-Dcatalogue.zenodo.poll-ms=300",
        "-Dcatalogue.zenodo.first-retry-ms=500",
        "-Dcatalogue.zenodo.max-retry-ms=2000",
        "-Dcatalogue.zenodo.timeout-ms=3000");
  }

  /** Whether this run signs in through a real Keycloak rather than the development login. */
  public static boolean usesKeycloak() {
    return KeycloakServer.enabled();
  }

  /**
   * The Keycloak the hubs of this run trust, in the run that has one, started once by whichever
   * test needs it first (a test with hubs of its own may run before the shared hub starts).
   */
  public static synchronized KeycloakServer keycloak() {
    if (!KeycloakServer.enabled()) {
      throw new IllegalStateException("this run uses the development login; no Keycloak runs");
    }
    if (keycloak == null) {
      try {
        keycloak =
            KeycloakServer.start(
                Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve("keycloak"));
      } catch (Exception e) {
        throw new IllegalStateException("Keycloak did not start", e);
      }
    }
    return keycloak;
  }

  public static String db() {
    return System.getProperty("hub.it.db", "h2");
  }

  private static synchronized void start() throws Exception {
    if (baseUri != null) {
      return;
    }
    Path work = Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve(db());
    HubProcess.deleteTree(work);
    Files.createDirectories(work);
    List<String> command = new ArrayList<>();
    command.add("-Dhub.data-dir=" + work.resolve("data"));
    command.add("-Dcatalogue.demo.datasets=" + DEMO_DATASETS);
    command.add("-Dhub.http.max-body-bytes=20000");
    command.add("-Dtracer.anchor.interval-ms=300");
    command.add("-Daccess.entitlement.check-interval-ms=300");
    // the tests play the nodes on this machine; production refuses such addresses
    command.add("-Dharvester.fetch.allow-private=loopback");
    command.add("-Dharvester.fetch.read-timeout-ms=3000");
    mailbox = new SmtpMailbox();
    command.add("-Dcatalogue.mail.smtp.host=127.0.0.1");
    command.add("-Dcatalogue.mail.smtp.port=" + mailbox.port());
    command.add("-Dcatalogue.mail.from=hub@imaging-hub.test");
    command.addAll(zenodoSettings(zenodo()));
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
    // Keycloak is kept when a hub start failed and a later test class tries again
    command.addAll(loginSettings());
    if ("postgresql".equals(db())) {
      resetPostgresql();
      jdbcUrl = System.getProperty("hub.it.db.url");
    } else {
      jdbcUrl = h2Url(work.resolve("data"));
    }
    command.addAll(databaseSettings(jdbcUrl));
    command.addAll(searchSettings("hub-"));
    baseUri = HubProcess.start(command, work.resolve("hub.log")).uri();
  }

  /**
   * The embedded database of a data directory, opened so that tests can open it beside the hub,
   * e.g. to tamper with a trace.
   */
  public static String h2Url(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("db/hub").toAbsolutePath() + ";AUTO_SERVER=TRUE";
  }

  /** The settings that point a hub at a database, with the test run's credentials. */
  public static List<String> databaseSettings(String url) {
    return List.of(
        "-Dhub.db.url=" + url, "-Dhub.db.user=" + dbUser(), "-Dhub.db.password=" + dbPassword());
  }

  /** {@code lucene} (the embedded default) or {@code elasticsearch}: the run's search backend. */
  public static String searchBackend() {
    return System.getProperty("hub.it.search", "lucene");
  }

  /**
   * The settings that give a hub the run's search backend: its own Lucene index, or its own indexes
   * (named with this prefix) in the run's Elasticsearch.
   */
  /**
   * How a hub of this run signs people in: through the run's Keycloak when it has one (so that
   * {@link HubClient#as} works on any hub of the run), else by the development login.
   */
  public static synchronized List<String> loginSettings() {
    if (!KeycloakServer.enabled()) {
      return List.of();
    }
    return List.of(
        "-Dhub.oidc.issuer=" + keycloak().issuer(),
        "-Dhub.oidc.client-id=hub-web",
        "-Dhub.oidc.client-secret=" + KeycloakServer.WEB_CLIENT_SECRET,
        "-Dhub.oidc.clock-skew-seconds=10");
  }

  public static List<String> searchSettings(String indexPrefix) throws Exception {
    return "elasticsearch".equals(searchBackend())
        ? DevElasticsearch.shared().hubSettings(indexPrefix)
        : List.of();
  }

  /** A direct connection to any database with the test run's credentials. */
  public static Connection database(String url) throws SQLException {
    return DriverManager.getConnection(url, dbUser(), dbPassword());
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
}
