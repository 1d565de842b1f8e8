package eu.imaginghub.tracer;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting of the tracer: each key is declared here once, with its default, and read and
 * parsed only here, through MicroProfile Config (a system property such as {@code
 * -Dtracer.anchor.mode=chain} or the environment variable {@code TRACER_ANCHOR_MODE}). The README's
 * configuration table lists the same keys, which a test checks.
 */
public final class TracerSettings {

  /** The tracer's keys, each with its default as text ({@code null}: none). */
  public enum Key {
    ANCHOR_BATCH_SIZE("tracer.anchor.batch-size", "1000"),
    ANCHOR_INTERVAL_MS("tracer.anchor.interval-ms", "2000"),
    ANCHOR_MODE("tracer.anchor.mode", "local"),
    CHAIN_URL("tracer.chain.url", "http://127.0.0.1:8545"),
    CHAIN_PRIVATE_KEY("tracer.chain.private-key", null),
    CHAIN_ID("tracer.chain.id", null),
    CHAIN_CONTRACT("tracer.chain.contract", null),
    CHAIN_CONFIRMATIONS("tracer.chain.confirmations", "2"),
    CHAIN_GAS_PRICE_WEI("tracer.chain.gas-price-wei", null),
    CHAIN_TIMEOUT_MS("tracer.chain.timeout-ms", "10000"),
    CHAIN_MAX_BACKOFF_MS("tracer.chain.max-backoff-ms", "60000");

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

  private TracerSettings(Function<String, Optional<String>> source) {
    this.source = source;
  }

  /** The settings as the running hub's configuration gives them. */
  public static TracerSettings current() {
    Config config = ConfigProvider.getConfig(TracerSettings.class.getClassLoader());
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static TracerSettings from(Function<String, Optional<String>> source) {
    return new TracerSettings(source);
  }

  /** The most traces sealed under one root. */
  public int anchorBatchSize() {
    return Math.toIntExact(number(Key.ANCHOR_BATCH_SIZE));
  }

  /** The pause between two sealing rounds. */
  public Duration anchorInterval() {
    return Duration.ofMillis(number(Key.ANCHOR_INTERVAL_MS));
  }

  /** {@code local} seals roots in the database only, {@code chain} also anchors them. */
  public AnchorBatch.Mode anchorMode() {
    String mode = text(Key.ANCHOR_MODE).orElseThrow().strip();
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "local" -> AnchorBatch.Mode.LOCAL;
      case "chain" -> AnchorBatch.Mode.CHAIN;
      default ->
          throw new IllegalStateException(
              Key.ANCHOR_MODE.key + " must be 'local' or 'chain', not " + mode);
    };
  }

  /** The chain node's JSON-RPC URL. */
  public String chainUrl() {
    return text(Key.CHAIN_URL).orElseThrow();
  }

  /** The hex key that signs anchoring transactions; required in chain mode, never logged. */
  public String chainPrivateKey() {
    return text(Key.CHAIN_PRIVATE_KEY)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    Key.CHAIN_PRIVATE_KEY.key
                        + " must be set when traces are anchored on a chain"));
  }

  /** The chain id to sign for; asked from the node when not set. */
  public Optional<Long> chainId() {
    return text(Key.CHAIN_ID).map(v -> parse(Key.CHAIN_ID, v).longValueExact());
  }

  /** The registry's address; when empty the hub deploys one and remembers it. */
  public Optional<String> chainContract() {
    return text(Key.CHAIN_CONTRACT);
  }

  /** Blocks, counting the one holding it, before a batch counts as anchored. */
  public int chainConfirmations() {
    return Math.toIntExact(number(Key.CHAIN_CONFIRMATIONS));
  }

  /** A fixed gas price (0 on a free-gas network); else twice the node's price. */
  public Optional<BigInteger> chainGasPriceWei() {
    return text(Key.CHAIN_GAS_PRICE_WEI).map(v -> parse(Key.CHAIN_GAS_PRICE_WEI, v));
  }

  /** Connect and read timeout of one call to the node. */
  public Duration chainTimeout() {
    return Duration.ofMillis(number(Key.CHAIN_TIMEOUT_MS));
  }

  /** The longest pause between attempts to reach an unavailable node. */
  public Duration chainMaxBackoff() {
    return Duration.ofMillis(number(Key.CHAIN_MAX_BACKOFF_MS));
  }

  /** The configured value as given, else the default; blank counts as unset. */
  private Optional<String> text(Key key) {
    return source.apply(key.key).filter(v -> !v.isBlank()).or(key::defaultValue);
  }

  private long number(Key key) {
    return parse(key, text(key).orElseThrow()).longValueExact();
  }

  private static BigInteger parse(Key key, String value) {
    try {
      return new BigInteger(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key.key + " is not a whole number: " + value, e);
    }
  }
}
