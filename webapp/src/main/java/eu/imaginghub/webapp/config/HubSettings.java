package eu.imaginghub.webapp.config;

import eu.imaginghub.tracer.config.Setting;
import eu.imaginghub.tracer.config.SettingValues;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of the deployment as a whole (database, data directory, sign-in, request size, the
 * search engine the persistence unit is built with): each key is declared here once, with its
 * default, and read and parsed only here, through MicroProfile Config (system properties or
 * environment variables such as {@code HUB_DB_URL}). Each module has its own settings class for its
 * own keys; the README's configuration table lists them all, which a test checks.
 */
public final class HubSettings {

  public static final Setting DATA_DIR = Setting.of("hub.data-dir", "data");
  public static final Setting DB_URL = Setting.of("hub.db.url", null);
  public static final Setting DB_USER = Setting.of("hub.db.user", "hub");
  public static final Setting DB_PASSWORD = Setting.of("hub.db.password", "hub");
  public static final Setting SEARCH_BACKEND = Setting.of("hub.search.backend", "lucene");
  public static final Setting SEARCH_HOSTS =
      Setting.of("hub.search.elasticsearch.hosts", "localhost:9200");
  public static final Setting SEARCH_PROTOCOL =
      Setting.of("hub.search.elasticsearch.protocol", "http");
  public static final Setting SEARCH_USER = Setting.of("hub.search.elasticsearch.user", null);
  public static final Setting SEARCH_PASSWORD =
      Setting.of("hub.search.elasticsearch.password", null);
  public static final Setting SEARCH_VERSION = Setting.of("hub.search.elasticsearch.version", null);
  public static final Setting SEARCH_INDEX_PREFIX =
      Setting.of("hub.search.elasticsearch.index-prefix", null);
  public static final Setting SEARCH_COORDINATION = Setting.of("hub.search.coordination", "none");
  public static final Setting SEARCH_AGREEMENT_GRACE_MS =
      Setting.of("hub.search.agreement-grace-ms", "600000");
  public static final Setting HTTP_MAX_BODY_BYTES =
      Setting.of("hub.http.max-body-bytes", "10485760");
  public static final Setting LOGIN_MODE = Setting.of("hub.login.mode", "none");
  public static final Setting OIDC_ISSUER = Setting.of("hub.oidc.issuer", null);
  public static final Setting OIDC_AUDIENCE = Setting.of("hub.oidc.audience", "hub-api");
  public static final Setting OIDC_CLIENT_ID = Setting.of("hub.oidc.client-id", "hub-web");
  public static final Setting OIDC_CLIENT_SECRET = Setting.of("hub.oidc.client-secret", null);
  public static final Setting OIDC_CLOCK_SKEW_SECONDS =
      Setting.of("hub.oidc.clock-skew-seconds", "30");
  public static final Setting SESSION_IDLE_TIMEOUT_MINUTES =
      Setting.of("hub.session.idle-timeout-minutes", "60");
  public static final Setting SESSION_ABSOLUTE_TIMEOUT_MINUTES =
      Setting.of("hub.session.absolute-timeout-minutes", "720");

  private final SettingValues values;

  private HubSettings(SettingValues values) {
    this.values = values;
  }

  /** The settings as the running hub's configuration gives them. */
  public static HubSettings current() {
    return new HubSettings(SettingValues.current());
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static HubSettings from(Function<String, Optional<String>> source) {
    return new HubSettings(SettingValues.from(source));
  }

  public Path dataDir() {
    return Path.of(values.text(DATA_DIR).orElseThrow()).toAbsolutePath();
  }

  /** The JDBC URL; the embedded default is an H2 file database in the data directory. */
  public String dbUrl() {
    return values
        .text(DB_URL)
        .orElseGet(
            () ->
                "jdbc:h2:file:"
                    + dataDir().resolve("db/hub")
                    // H2 never moves chunks inside the file (see H2FileUrl, which also adds this
                    // to a configured URL)
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0");
  }

  public String dbUser() {
    return values.text(DB_USER).orElseThrow();
  }

  public String dbPassword() {
    return values.text(DB_PASSWORD).orElseThrow();
  }

  public String searchBackend() {
    return values.text(SEARCH_BACKEND).orElseThrow();
  }

  /** The Elasticsearch nodes, {@code host:port} separated by commas. */
  public String searchHosts() {
    return values.text(SEARCH_HOSTS).orElseThrow();
  }

  /** {@code http} or {@code https}. */
  public String searchProtocol() {
    String protocol = values.text(SEARCH_PROTOCOL).orElseThrow();
    if (!protocol.equals("http") && !protocol.equals("https")) {
      throw new IllegalArgumentException(SEARCH_PROTOCOL.key() + " must be http or https");
    }
    return protocol;
  }

  public Optional<String> searchUser() {
    return values.text(SEARCH_USER);
  }

  public Optional<String> searchPassword() {
    return values.text(SEARCH_PASSWORD);
  }

  /**
   * The cluster's Elasticsearch version, when the hub is not to ask the cluster for it at start (a
   * cluster without the {@code GET /} endpoint, such as the integ-test distribution, cannot say).
   */
  public Optional<String> searchVersion() {
    return values.text(SEARCH_VERSION);
  }

  /**
   * Put before the names of the hub's Elasticsearch indexes and aliases, so that several hubs (or a
   * test run's hubs) can share one cluster; empty by default.
   */
  public String searchIndexPrefix() {
    String prefix = values.text(SEARCH_INDEX_PREFIX).orElse("");
    if (!prefix.isEmpty() && !prefix.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          SEARCH_INDEX_PREFIX.key()
              + " may hold only lower-case letters, digits, '_', '.' and '-'");
    }
    return prefix;
  }

  /**
   * How the index is kept when several hub instances share one database and one Elasticsearch:
   * {@code none} (one instance: each change is indexed by the instance that made it, before its
   * request is answered) or {@code outbox-polling} (changes are queued in the database in the same
   * commit and indexed by whichever instance's agent holds their shard, shortly after).
   */
  public String searchCoordination() {
    String coordination = values.text(SEARCH_COORDINATION).orElseThrow();
    if (!coordination.equals("none") && !coordination.equals("outbox-polling")) {
      throw new IllegalArgumentException(
          SEARCH_COORDINATION.key() + " must be none or outbox-polling");
    }
    return coordination;
  }

  /** How long the index may count fewer datasets than the database before health says DOWN. */
  public Duration searchAgreementGrace() {
    return Duration.ofMillis(values.number(SEARCH_AGREEMENT_GRACE_MS));
  }

  public Path indexDir() {
    return dataDir().resolve("index");
  }

  public long maxBodyBytes() {
    return values.number(HTTP_MAX_BODY_BYTES);
  }

  /**
   * How people sign in: {@code oidc} whenever an issuer is configured (the development login is
   * then refused, whatever {@code hub.login.mode} says), else {@code hub.login.mode}: {@code dev}
   * (the embedded default) or {@code none}.
   */
  public String loginMode() {
    return oidcIssuer().isPresent() ? "oidc" : configuredLoginMode();
  }

  /** {@code hub.login.mode} as set, before an OIDC issuer overrides it. */
  public String configuredLoginMode() {
    return values.text(LOGIN_MODE).orElseThrow();
  }

  /**
   * The OpenID Connect issuer (a Keycloak realm's URL) whose access tokens the hub accepts and
   * through which people sign in; empty when the hub signs nobody in through OIDC.
   */
  public Optional<String> oidcIssuer() {
    return values.text(OIDC_ISSUER);
  }

  /** The audience an access token must name to be accepted by the hub's API. */
  public String oidcAudience() {
    return values.text(OIDC_AUDIENCE).orElseThrow();
  }

  /** The hub's own client at the issuer, for the browser sign-in. */
  public String oidcClientId() {
    return values.text(OIDC_CLIENT_ID).orElseThrow();
  }

  public String oidcClientSecret() {
    return values.text(OIDC_CLIENT_SECRET).orElse("");
  }

  /** How far the hub's and the issuer's clocks may disagree on expiry and not-before. */
  public Duration oidcClockSkew() {
    return Duration.ofSeconds(values.number(OIDC_CLOCK_SKEW_SECONDS));
  }

  /** A session unused this long ends. */
  public Duration sessionIdleTimeout() {
    return Duration.ofMinutes(values.number(SESSION_IDLE_TIMEOUT_MINUTES));
  }

  /** A session ends this long after its sign-in, however busy it is. */
  public Duration sessionAbsoluteTimeout() {
    return Duration.ofMinutes(values.number(SESSION_ABSOLUTE_TIMEOUT_MINUTES));
  }
}
