package eu.imaginghub.webapp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the assembled hub, read through MicroProfile Config (system properties,
 * environment variables such as {@code HUB_DB_URL}, or microprofile-config.properties). The
 * README's configuration table lists the same keys.
 */
public final class HubSettings {

  public static final String DATA_DIR = "hub.data-dir";
  public static final String DB_URL = "hub.db.url";
  public static final String DB_USER = "hub.db.user";
  public static final String DB_PASSWORD = "hub.db.password";
  public static final String SEARCH_BACKEND = "hub.search.backend";
  public static final String SEARCH_HOSTS = "hub.search.elasticsearch.hosts";
  public static final String SEARCH_PROTOCOL = "hub.search.elasticsearch.protocol";
  public static final String SEARCH_USER = "hub.search.elasticsearch.user";
  public static final String SEARCH_PASSWORD = "hub.search.elasticsearch.password";
  public static final String SEARCH_VERSION = "hub.search.elasticsearch.version";
  public static final String SEARCH_INDEX_PREFIX = "hub.search.elasticsearch.index-prefix";
  public static final String SEARCH_AGREEMENT_GRACE_MS = "hub.search.agreement-grace-ms";
  public static final String MAX_BODY_BYTES = "hub.http.max-body-bytes";
  public static final String LOGIN_MODE = "hub.login.mode";
  public static final String DEMO_DATA = "hub.demo.enabled";
  public static final String DEMO_DATASETS = "hub.demo.datasets";
  public static final String DEMO_SEED = "hub.demo.seed";

  private final Config config;

  private HubSettings(Config config) {
    this.config = config;
  }

  public static HubSettings current() {
    return new HubSettings(ConfigProvider.getConfig(HubSettings.class.getClassLoader()));
  }

  public Path dataDir() {
    return Path.of(string(DATA_DIR, "data")).toAbsolutePath();
  }

  /** The JDBC URL; the embedded default is an H2 file database in the data directory. */
  public String dbUrl() {
    return config
        .getOptionalValue(DB_URL, String.class)
        .orElse(
            "jdbc:h2:file:"
                + dataDir().resolve("db/hub")
                // background compaction would keep a core busy for many minutes after each start
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0");
  }

  public String dbUser() {
    return string(DB_USER, "hub");
  }

  public String dbPassword() {
    return string(DB_PASSWORD, "hub");
  }

  public String searchBackend() {
    return string(SEARCH_BACKEND, "lucene");
  }

  /** The Elasticsearch nodes, {@code host:port} separated by commas. */
  public String searchHosts() {
    return string(SEARCH_HOSTS, "localhost:9200");
  }

  /** {@code http} or {@code https}. */
  public String searchProtocol() {
    String protocol = string(SEARCH_PROTOCOL, "http");
    if (!protocol.equals("http") && !protocol.equals("https")) {
      throw new IllegalArgumentException(SEARCH_PROTOCOL + " must be http or https");
    }
    return protocol;
  }

  public Optional<String> searchUser() {
    return config.getOptionalValue(SEARCH_USER, String.class);
  }

  public Optional<String> searchPassword() {
    return config.getOptionalValue(SEARCH_PASSWORD, String.class);
  }

  /**
   * The cluster's Elasticsearch version, when the hub is not to ask the cluster for it at start (a
   * cluster without the {@code GET /} endpoint, such as the integ-test distribution, cannot say).
   */
  public Optional<String> searchVersion() {
    return config.getOptionalValue(SEARCH_VERSION, String.class);
  }

  /**
   * Put before the names of the hub's Elasticsearch indexes and aliases, so that several hubs (or a
   * test run's hubs) can share one cluster; empty by default.
   */
  public String searchIndexPrefix() {
    String prefix = string(SEARCH_INDEX_PREFIX, "");
    if (!prefix.isEmpty() && !prefix.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          SEARCH_INDEX_PREFIX + " may hold only lower-case letters, digits, '_', '.' and '-'");
    }
    return prefix;
  }

  /** How long the index may count fewer datasets than the database before health says DOWN. */
  public Duration searchAgreementGrace() {
    return Duration.ofMillis(
        config.getOptionalValue(SEARCH_AGREEMENT_GRACE_MS, Long.class).orElse(600_000L));
  }

  public Path indexDir() {
    return dataDir().resolve("index");
  }

  public long maxBodyBytes() {
    return config.getOptionalValue(MAX_BODY_BYTES, Long.class).orElse(10L * 1024 * 1024);
  }

  public String loginMode() {
    return string(LOGIN_MODE, "dev");
  }

  public boolean demoData() {
    return config.getOptionalValue(DEMO_DATA, Boolean.class).orElse(true);
  }

  public int demoDatasets() {
    return config.getOptionalValue(DEMO_DATASETS, Integer.class).orElse(300);
  }

  public long demoSeed() {
    return config.getOptionalValue(DEMO_SEED, Long.class).orElse(20261124L);
  }

  private String string(String key, String fallback) {
    return config.getOptionalValue(key, String.class).orElse(fallback);
  }
}
