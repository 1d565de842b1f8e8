package eu.imaginghub.catalogue;

import eu.imaginghub.tracer.config.Setting;
import eu.imaginghub.tracer.config.SettingValues;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of the catalogue: each key is declared here once, with its default, and read and
 * parsed only here, through MicroProfile Config (a system property such as {@code
 * -Dcatalogue.mail.smtp.host=...} or the environment variable {@code CATALOGUE_MAIL_SMTP_HOST}).
 * The README's configuration table lists the same keys, which a test checks.
 */
public final class CatalogueSettings {

  public static final Setting EXPORT_TIME_BUDGET_MS =
      Setting.of("catalogue.export.time-budget-ms", "30000");
  public static final Setting PUBLIC_URL = Setting.of("catalogue.public-url", null);
  public static final Setting MAIL_SMTP_HOST = Setting.of("catalogue.mail.smtp.host", null);
  public static final Setting MAIL_SMTP_PORT = Setting.of("catalogue.mail.smtp.port", "25");
  public static final Setting MAIL_SMTP_USER = Setting.of("catalogue.mail.smtp.user", null);
  public static final Setting MAIL_SMTP_PASSWORD = Setting.of("catalogue.mail.smtp.password", null);
  public static final Setting MAIL_SMTP_STARTTLS =
      Setting.of("catalogue.mail.smtp.starttls", "false");
  public static final Setting MAIL_FROM =
      Setting.of("catalogue.mail.from", "imaging-hub@localhost");
  public static final Setting MAIL_TIMEOUT_MS = Setting.of("catalogue.mail.timeout-ms", "10000");
  public static final Setting READ_CACHE_DATASETS =
      Setting.of("catalogue.read-cache.datasets", "5000");
  public static final Setting DEMO_ENABLED = Setting.of("catalogue.demo.enabled", "true");
  public static final Setting DEMO_DATASETS = Setting.of("catalogue.demo.datasets", "300");
  public static final Setting DEMO_SEED = Setting.of("catalogue.demo.seed", "20261124");
  public static final Setting ZENODO_URL =
      Setting.of("catalogue.zenodo.url", "https://sandbox.zenodo.org/api");
  public static final Setting ZENODO_TOKEN = Setting.of("catalogue.zenodo.token", null);
  public static final Setting ZENODO_COMMUNITY = Setting.of("catalogue.zenodo.community", null);
  public static final Setting ZENODO_GRANT = Setting.of("catalogue.zenodo.grant", null);
  public static final Setting ZENODO_FAKE = Setting.of("catalogue.zenodo.fake", "false");
  public static final Setting ZENODO_MINT_FEED = Setting.of("catalogue.zenodo.mint-feed", "false");
  public static final Setting ZENODO_REQUESTS_PER_MINUTE =
      Setting.of("catalogue.zenodo.requests-per-minute", "100");
  public static final Setting ZENODO_TIMEOUT_MS =
      Setting.of("catalogue.zenodo.timeout-ms", "30000");
  public static final Setting ZENODO_POLL_MS = Setting.of("catalogue.zenodo.poll-ms", "2000");
  public static final Setting ZENODO_LEASE_MS = Setting.of("catalogue.zenodo.lease-ms", "300000");
  public static final Setting ZENODO_FIRST_RETRY_MS =
      Setting.of("catalogue.zenodo.first-retry-ms", "30000");
  public static final Setting ZENODO_MAX_RETRY_MS =
      Setting.of("catalogue.zenodo.max-retry-ms", "3600000");
  public static final Setting ZENODO_RETRY_DEADLINE_MS =
      Setting.of("catalogue.zenodo.retry-deadline-ms", "172800000");

  private final SettingValues values;

  private CatalogueSettings(SettingValues values) {
    this.values = values;
  }

  /** The settings as the running hub's configuration gives them. */
  public static CatalogueSettings current() {
    return new CatalogueSettings(SettingValues.current());
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static CatalogueSettings from(Function<String, Optional<String>> source) {
    return new CatalogueSettings(SettingValues.from(source));
  }

  /** How long an RDF answer may take to write before it is cut off. */
  public Duration exportTimeBudget() {
    return Duration.ofMillis(values.number(EXPORT_TIME_BUDGET_MS));
  }

  /** The base URL published in dataset IRIs (behind a proxy); else the one requests come in on. */
  public Optional<String> publicUrl() {
    return values.text(PUBLIC_URL);
  }

  /** The SMTP server mail goes through; without one, mails are written to the log. */
  public Optional<String> mailSmtpHost() {
    return values.text(MAIL_SMTP_HOST).map(String::strip);
  }

  public int mailSmtpPort() {
    return Math.toIntExact(values.number(MAIL_SMTP_PORT));
  }

  /** The SMTP login, when the server wants one. */
  public Optional<String> mailSmtpUser() {
    return values.text(MAIL_SMTP_USER);
  }

  public Optional<String> mailSmtpPassword() {
    return values.text(MAIL_SMTP_PASSWORD);
  }

  /** Whether STARTTLS is required. */
  public boolean mailSmtpStarttls() {
    return values.flag(MAIL_SMTP_STARTTLS);
  }

  /** The sender address. */
  public String mailFrom() {
    return values.text(MAIL_FROM).orElseThrow();
  }

  /** Connect, read and write timeout towards the SMTP server. */
  public Duration mailTimeout() {
    return Duration.ofMillis(values.number(MAIL_TIMEOUT_MS));
  }

  /** Whether the demo federation is seeded when the catalogue has no node. */
  public boolean demoEnabled() {
    return values.flag(DEMO_ENABLED);
  }

  /** How many dataset descriptions, as last read, each hub instance keeps in memory (0: none). */
  public long readCacheDatasets() {
    return values.number(READ_CACHE_DATASETS, 0, 10_000_000);
  }

  /** How many demo datasets are generated. */
  public int demoDatasets() {
    return Math.toIntExact(values.number(DEMO_DATASETS));
  }

  /** The seed of the demo generator: the same seed gives the same datasets. */
  public long demoSeed() {
    return values.number(DEMO_SEED);
  }

  /** The base URL of Zenodo's REST API (the sandbox unless set). */
  public String zenodoUrl() {
    return values.text(ZENODO_URL).map(String::strip).orElseThrow();
  }

  /** The hub's Zenodo access token; without one (and no node's own), no DOIs are minted. */
  public Optional<String> zenodoToken() {
    return values.text(ZENODO_TOKEN).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** The Zenodo community every deposition is submitted to, if any. */
  public Optional<String> zenodoCommunity() {
    return values.text(ZENODO_COMMUNITY).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** The grant (funder/award id as Zenodo knows it) every deposition names, if any. */
  public Optional<String> zenodoGrant() {
    return values.text(ZENODO_GRANT).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** Whether the hub runs its own local fake Zenodo and deposits there (for demos). */
  public boolean zenodoFake() {
    return values.flag(ZENODO_FAKE);
  }

  /** Whether datasets harvested or pushed as published get DOIs too. */
  public boolean zenodoMintFeed() {
    return values.flag(ZENODO_MINT_FEED);
  }

  /** At most this many requests a minute per token, as Zenodo allows. */
  public int zenodoRequestsPerMinute() {
    return Math.toIntExact(values.number(ZENODO_REQUESTS_PER_MINUTE, 1, 100_000));
  }

  /** Connect and answer timeout of each request to Zenodo. */
  public Duration zenodoTimeout() {
    return Duration.ofMillis(values.number(ZENODO_TIMEOUT_MS, 1, Integer.MAX_VALUE));
  }

  /** How often the publication worker looks for due publications. */
  public Duration zenodoPoll() {
    return Duration.ofMillis(values.number(ZENODO_POLL_MS, 10, Integer.MAX_VALUE));
  }

  /**
   * How long a worker holds a publication it runs; after a crash, another worker takes it over once
   * this has passed.
   */
  public Duration zenodoLease() {
    return Duration.ofMillis(values.number(ZENODO_LEASE_MS, 100, Integer.MAX_VALUE));
  }

  /** The pause after the first failed attempt; it doubles after each further one. */
  public Duration zenodoFirstRetry() {
    return Duration.ofMillis(values.number(ZENODO_FIRST_RETRY_MS, 1, Integer.MAX_VALUE));
  }

  /** The longest pause between attempts. */
  public Duration zenodoMaxRetry() {
    return Duration.ofMillis(values.number(ZENODO_MAX_RETRY_MS, 1, Long.MAX_VALUE));
  }

  /** How long after it starts a failing publication is tried again before it is failed. */
  public Duration zenodoRetryDeadline() {
    return Duration.ofMillis(values.number(ZENODO_RETRY_DEADLINE_MS, 0, Long.MAX_VALUE));
  }
}
