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
  public static final String SEARCH_AGREEMENT_GRACE_MS = "hub.search.agreement-grace-ms";
  public static final String MAX_BODY_BYTES = "hub.http.max-body-bytes";
  public static final String LOGIN_MODE = "hub.login.mode";
  public static final String OIDC_ISSUER = "hub.oidc.issuer";
  public static final String OIDC_AUDIENCE = "hub.oidc.audience";
  public static final String OIDC_CLIENT_ID = "hub.oidc.client-id";
  public static final String OIDC_CLIENT_SECRET = "hub.oidc.client-secret";
  public static final String OIDC_CLOCK_SKEW_SECONDS = "hub.oidc.clock-skew-seconds";
  public static final String SESSION_IDLE_TIMEOUT = "hub.session.idle-timeout-minutes";
  public static final String SESSION_ABSOLUTE_TIMEOUT = "hub.session.absolute-timeout-minutes";
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

  /**
   * How people sign in: {@code oidc} whenever an issuer is configured (the development login is
   * then refused, whatever {@value #LOGIN_MODE} says), else {@value #LOGIN_MODE}: {@code dev} (the
   * embedded default) or {@code none}.
   */
  public String loginMode() {
    return oidcIssuer().isPresent() ? "oidc" : configuredLoginMode();
  }

  /** {@value #LOGIN_MODE} as set, before an OIDC issuer overrides it. */
  public String configuredLoginMode() {
    return string(LOGIN_MODE, "dev");
  }

  /**
   * The OpenID Connect issuer (a Keycloak realm's URL) whose access tokens the hub accepts and
   * through which people sign in; empty when the hub signs nobody in through OIDC.
   */
  public Optional<String> oidcIssuer() {
    return config.getOptionalValue(OIDC_ISSUER, String.class).filter(s -> !s.isBlank());
  }

  /** The audience an access token must name to be accepted by the hub's API. */
  public String oidcAudience() {
    return string(OIDC_AUDIENCE, "hub-api");
  }

  /** The hub's own client at the issuer, for the browser sign-in. */
  public String oidcClientId() {
    return string(OIDC_CLIENT_ID, "hub-web");
  }

  public String oidcClientSecret() {
    return string(OIDC_CLIENT_SECRET, "");
  }

  /** How far the hub's and the issuer's clocks may disagree on expiry and not-before. */
  public Duration oidcClockSkew() {
    return Duration.ofSeconds(
        config.getOptionalValue(OIDC_CLOCK_SKEW_SECONDS, Long.class).orElse(30L));
  }

  /** A session unused this long ends. */
  public Duration sessionIdleTimeout() {
    return Duration.ofMinutes(
        config.getOptionalValue(SESSION_IDLE_TIMEOUT, Long.class).orElse(60L));
  }

  /** A session ends this long after its sign-in, however busy it is. */
  public Duration sessionAbsoluteTimeout() {
    return Duration.ofMinutes(
        config.getOptionalValue(SESSION_ABSOLUTE_TIMEOUT, Long.class).orElse(720L));
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
