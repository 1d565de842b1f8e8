package eu.imaginghub.tracer.config;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configured values of settings, parsed one way for the whole hub: a blank value counts as
 * unset and gives the default; a value that does not parse is refused naming its key, so a mistyped
 * setting stops the start rather than being silently ignored.
 */
public final class SettingValues {

  private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "on");

  private final Function<String, Optional<String>> source;

  private SettingValues(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /**
   * The values as the running hub's MicroProfile Config gives them: a system property such as
   * {@code -Dtracer.anchor.mode=chain} or the environment variable {@code TRACER_ANCHOR_MODE}.
   */
  public static SettingValues current() {
    Config config = ConfigProvider.getConfig(SettingValues.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The values from any key-to-value source; a key without a value keeps its default. */
  public static SettingValues from(Function<String, Optional<String>> source) {
    return new SettingValues(source);
  }

  /** Every key at its default. */
  public static SettingValues defaults() {
    return from(key -> Optional.empty());
  }

  /** The configured value as given, else the default; blank counts as unset. */
  public Optional<String> text(Setting setting) {
    return source.apply(setting.key()).filter(v -> !v.isBlank()).or(setting::defaultValue);
  }

  /** The value, which the setting's default guarantees. */
  public String required(Setting setting) {
    return text(setting).orElseThrow(() -> new IllegalStateException(setting.key() + " is unset"));
  }

  /** A whole number, however large, if the setting has a value. */
  public Optional<BigInteger> whole(Setting setting) {
    return text(setting).map(value -> parse(setting, value));
  }

  /** A whole number between {@code min} and {@code max}. */
  public long number(Setting setting, long min, long max) {
    BigInteger value = parse(setting, required(setting));
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new IllegalArgumentException(
          setting.key() + " must be between " + min + " and " + max + ": " + value);
    }
    return value.longValueExact();
  }

  /** A whole number that fits a {@code long}. */
  public long number(Setting setting) {
    return number(setting, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** A decimal number between {@code min} and {@code max}. */
  public double decimal(Setting setting, double min, double max) {
    String value = required(setting).strip();
    double number;
    try {
      number = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(setting.key() + " is not a number: " + value, e);
    }
    if (!(number >= min && number <= max)) {
      throw new IllegalArgumentException(
          setting.key() + " must be between " + min + " and " + max + ": " + value);
    }
    return number;
  }

  /** {@code true}, {@code 1}, {@code yes}, {@code y} or {@code on}, in any case, is true. */
  public boolean flag(Setting setting) {
    return TRUE.contains(required(setting).strip().toLowerCase(Locale.ROOT));
  }

  private static BigInteger parse(Setting setting, String value) {
    try {
      return new BigInteger(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(setting.key() + " is not a whole number: " + value, e);
    }
  }
}
