package eu.imaginghub.webapp.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of the deployment as a whole (database, data directory, sign-in, request size, the
 * search engine the persistence unit is built with): each key is declared here once, with its
 * default, and read and parsed only here, through MicroProfile Config (system properties or
 * environment variables such as {@code HUB_DB_URL}). Each module has its own settings class for its
 * own keys; the README's configuration table lists them all, which a test checks.
 */
public final class HubSettings {

  /** The deployment's keys, each with its default as text ({@code null}: none or computed). */
  public enum Key {
    DATA_DIR("hub.data-dir", "data"),
    DB_URL("hub.db.url", null),
    DB_USER("hub.db.user", "hub"),
    DB_PASSWORD("hub.db.password", "hub"),
    SEARCH_BACKEND("hub.search.backend", "lucene"),
    SEARCH_HOSTS("hub.search.elasticsearch.hosts", "localhost:9200"),
    SEARCH_PROTOCOL("hub.search.elasticsearch.protocol", "http"),
    SEARCH_USER("hub.search.elasticsearch.user", null),
    SEARCH_PASSWORD("hub.search.elasticsearch.password", null),
    SEARCH_VERSION("hub.search.elasticsearch.version", null),
    SEARCH_INDEX_PREFIX("hub.search.elasticsearch.index-prefix", null),
    SEARCH_AGREEMENT_GRACE_MS("hub.search.agreement-grace-ms", "600000"),
    HTTP_MAX_BODY_BYTES("hub.http.max-body-bytes", "10485760"),
    LOGIN_MODE("hub.login.mode", "none"),
    OIDC_ISSUER("hub.oidc.issuer", null),
    OIDC_AUDIENCE("hub.oidc.audience", "hub-api"),
    OIDC_CLIENT_ID("hub.oidc.client-id", "hub-web"),
    OIDC_CLIENT_SECRET("hub.oidc.client-secret", null),
    OIDC_CLOCK_SKEW_SECONDS("hub.oidc.clock-skew-seconds", "30"),
    SESSION_IDLE_TIMEOUT_MINUTES("hub.session.idle-timeout-minutes", "60"),
    SESSION_ABSOLUTE_TIMEOUT_MINUTES("hub.session.absolute-timeout-minutes", "720");

    private final String key;
    private final String fallback;

    Key(String key, String fallback) {
      this.key = key;
      this.fallback = fallback;
    }

    public String key() {
      return key;
    }

    public Optional<String> defaultValue() {
      return Optional.ofNullable(fallback);
    }
  }

  private final Function<String, Optional<String>> source;

  private HubSettings(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** The settings as the running hub's configuration gives them. */
  public static HubSettings current() {
    Config config = ConfigProvider.getConfig(HubSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static HubSettings from(Function<String, Optional<String>> source) {
    return new HubSettings(source);
  }

  public Path dataDir() {
    return Path.of(text(Key.DATA_DIR).orElseThrow()).toAbsolutePath();
  }

  /** The JDBC URL; the embedded default is an H2 file database in the data directory. */
  public String dbUrl() {
    return text(Key.DB_URL)
        .orElseGet(
            () ->
                "jdbc:h2:file:"
                    + dataDir().resolve("db/hub")
                    // background compaction would keep a core busy for many minutes after each
                    // start
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0");
  }

  public String dbUser() {
    return text(Key.DB_USER).orElseThrow();
  }

  public String dbPassword() {
    return text(Key.DB_PASSWORD).orElseThrow();
  }

  public String searchBackend() {
    return text(Key.SEARCH_BACKEND).orElseThrow();
  }

  /** The Elasticsearch nodes, {@code host:port} separated by commas. */
  public String searchHosts() {
    return text(Key.SEARCH_HOSTS).orElseThrow();
  }

  /** {@code http} or {@code https}. */
  public String searchProtocol() {
    String protocol = text(Key.SEARCH_PROTOCOL).orElseThrow();
    if (!protocol.equals("http") && !protocol.equals("https")) {
      throw new IllegalArgumentException(Key.SEARCH_PROTOCOL.key() + " must be http or https");
    }
    return protocol;
  }

  public Optional<String> searchUser() {
    return text(Key.SEARCH_USER);
  }

  public Optional<String> searchPassword() {
    return text(Key.SEARCH_PASSWORD);
  }

  /**
   * The cluster's Elasticsearch version, when the hub is not to ask the cluster for it at start (a
   * cluster without the {@code GET /} endpoint, such as the integ-test distribution, cannot say).
   */
  public Optional<String> searchVersion() {
    return text(Key.SEARCH_VERSION);
  }

  /**
   * Put before the names of the hub's Elasticsearch indexes and aliases, so that several hubs (or a
   * test run's hubs) can share one cluster; empty by default.
   */
  public String searchIndexPrefix() {
    String prefix = text(Key.SEARCH_INDEX_PREFIX).orElse("");
    if (!prefix.isEmpty() && !prefix.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          Key.SEARCH_INDEX_PREFIX.key()
              + " may hold only lower-case letters, digits, '_', '.' and '-'");
    }
    return prefix;
  }

  /** How long the index may count fewer datasets than the database before health says DOWN. */
  public Duration searchAgreementGrace() {
    return Duration.ofMillis(number(Key.SEARCH_AGREEMENT_GRACE_MS));
  }

  public Path indexDir() {
    return dataDir().resolve("index");
  }

  public long maxBodyBytes() {
    return number(Key.HTTP_MAX_BODY_BYTES);
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
    return text(Key.LOGIN_MODE).orElseThrow();
  }

  /**
   * The OpenID Connect issuer (a Keycloak realm's URL) whose access tokens the hub accepts and
   * through which people sign in; empty when the hub signs nobody in through OIDC.
   */
  public Optional<String> oidcIssuer() {
    return text(Key.OIDC_ISSUER);
  }

  /** The audience an access token must name to be accepted by the hub's API. */
  public String oidcAudience() {
    return text(Key.OIDC_AUDIENCE).orElseThrow();
  }

  /** The hub's own client at the issuer, for the browser sign-in. */
  public String oidcClientId() {
    return text(Key.OIDC_CLIENT_ID).orElseThrow();
  }

  public String oidcClientSecret() {
    return text(Key.OIDC_CLIENT_SECRET).orElse("");
  }

  /** How far the hub's and the issuer's clocks may disagree on expiry and not-before. */
  public Duration oidcClockSkew() {
    return Duration.ofSeconds(number(Key.OIDC_CLOCK_SKEW_SECONDS));
  }

  /** A session unused this long ends. */
  public Duration sessionIdleTimeout() {
    return Duration.ofMinutes(number(Key.SESSION_IDLE_TIMEOUT_MINUTES));
  }

  /** A session ends this long after its sign-in, however busy it is. */
  public Duration sessionAbsoluteTimeout() {
    return Duration.ofMinutes(number(Key.SESSION_ABSOLUTE_TIMEOUT_MINUTES));
  }

  /** The configured value as given, else the default; blank counts as unset. */
  private Optional<String> text(Key key) {
    return source.apply(key.key).filter(v -> !v.isBlank()).or(key::defaultValue);
  }

  private long number(Key key) {
    String value = text(key).orElseThrow().strip();
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key.key + " is not a whole number: " + value, e);
    }
  }
}
