package eu.imaginghub.catalogue;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the catalogue: each key is declared here once, with its default, and read and
 * parsed only here, through MicroProfile Config (a system property such as {@code
 * -Dcatalogue.mail.smtp.host=...} or the environment variable {@code CATALOGUE_MAIL_SMTP_HOST}).
 * The README's configuration table lists the same keys, which a test checks.
 */
public final class CatalogueSettings {

  /** The catalogue's keys, each with its default as text ({@code null}: none). */
  public enum Key {
    EXPORT_TIME_BUDGET_MS("catalogue.export.time-budget-ms", "30000"),
    PUBLIC_URL("catalogue.public-url", null),
    MAIL_SMTP_HOST("catalogue.mail.smtp.host", null),
    MAIL_SMTP_PORT("catalogue.mail.smtp.port", "25"),
    MAIL_SMTP_USER("catalogue.mail.smtp.user", null),
    MAIL_SMTP_PASSWORD("catalogue.mail.smtp.password", null),
    MAIL_SMTP_STARTTLS("catalogue.mail.smtp.starttls", "false"),
    MAIL_FROM("catalogue.mail.from", "imaging-hub@localhost"),
    MAIL_TIMEOUT_MS("catalogue.mail.timeout-ms", "10000"),
    DEMO_ENABLED("catalogue.demo.enabled", "true"),
    DEMO_DATASETS("catalogue.demo.datasets", "300"),
    DEMO_SEED("catalogue.demo.seed", "20261124");

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

  private CatalogueSettings(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** The settings as the running hub's configuration gives them. */
  public static CatalogueSettings current() {
    Config config = ConfigProvider.getConfig(CatalogueSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static CatalogueSettings from(Function<String, Optional<String>> source) {
    return new CatalogueSettings(source);
  }

  /** How long an RDF answer may take to write before it is cut off. */
  public Duration exportTimeBudget() {
    return Duration.ofMillis(number(Key.EXPORT_TIME_BUDGET_MS));
  }

  /** The base URL published in dataset IRIs (behind a proxy); else the one requests come in on. */
  public Optional<String> publicUrl() {
    return text(Key.PUBLIC_URL);
  }

  /** The SMTP server mail goes through; without one, mails are written to the log. */
  public Optional<String> mailSmtpHost() {
    return text(Key.MAIL_SMTP_HOST).map(String::strip);
  }

  public int mailSmtpPort() {
    return Math.toIntExact(number(Key.MAIL_SMTP_PORT));
  }

  /** The SMTP login, when the server wants one. */
  public Optional<String> mailSmtpUser() {
    return text(Key.MAIL_SMTP_USER);
  }

  public Optional<String> mailSmtpPassword() {
    return text(Key.MAIL_SMTP_PASSWORD);
  }

  /** Whether STARTTLS is required. */
  public boolean mailSmtpStarttls() {
    return bool(Key.MAIL_SMTP_STARTTLS);
  }

  /** The sender address. */
  public String mailFrom() {
    return text(Key.MAIL_FROM).orElseThrow();
  }

  /** Connect, read and write timeout towards the SMTP server. */
  public Duration mailTimeout() {
    return Duration.ofMillis(number(Key.MAIL_TIMEOUT_MS));
  }

  /** Whether the demo federation is seeded when the catalogue has no node. */
  public boolean demoEnabled() {
    return bool(Key.DEMO_ENABLED);
  }

  /** How many demo datasets are generated. */
  public int demoDatasets() {
    return Math.toIntExact(number(Key.DEMO_DATASETS));
  }

  /** The seed of the demo generator: the same seed gives the same datasets. */
  public long demoSeed() {
    return number(Key.DEMO_SEED);
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

  /** True as MicroProfile Config's converter reads it: true, 1, yes, y or on, in any case. */
  private boolean bool(Key key) {
    String value = text(key).orElseThrow().strip().toLowerCase(Locale.ROOT);
    return Set.of("true", "1", "yes", "y", "on").contains(value);
  }
}
