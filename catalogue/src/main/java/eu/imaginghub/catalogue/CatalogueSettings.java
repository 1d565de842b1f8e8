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
  public static final Setting DEMO_ENABLED = Setting.of("catalogue.demo.enabled", "true");
  public static final Setting DEMO_DATASETS = Setting.of("catalogue.demo.datasets", "300");
  public static final Setting DEMO_SEED = Setting.of("catalogue.demo.seed", "20261124");

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

  /** How many demo datasets are generated. */
  public int demoDatasets() {
    return Math.toIntExact(values.number(DEMO_DATASETS));
  }

  /** The seed of the demo generator: the same seed gives the same datasets. */
  public long demoSeed() {
    return values.number(DEMO_SEED);
  }
}
