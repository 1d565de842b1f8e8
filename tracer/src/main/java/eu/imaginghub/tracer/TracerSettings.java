package eu.imaginghub.tracer;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.config.Setting;
import eu.imaginghub.tracer.config.SettingValues;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of the tracer: each key is declared here once, with its default, and read and
 * parsed only here, through MicroProfile Config (a system property such as {@code
 * -Dtracer.anchor.mode=chain} or the environment variable {@code TRACER_ANCHOR_MODE}). The README's
 * configuration table lists the same keys, which a test checks.
 */
public final class TracerSettings {

  public static final Setting ANCHOR_BATCH_SIZE = Setting.of("tracer.anchor.batch-size", "1000");
  public static final Setting ANCHOR_INTERVAL_MS = Setting.of("tracer.anchor.interval-ms", "2000");
  public static final Setting ANCHOR_MODE = Setting.of("tracer.anchor.mode", "local");
  public static final Setting CHAIN_URL = Setting.of("tracer.chain.url", "http://127.0.0.1:8545");
  public static final Setting CHAIN_PRIVATE_KEY = Setting.of("tracer.chain.private-key", null);
  public static final Setting CHAIN_ID = Setting.of("tracer.chain.id", null);
  public static final Setting CHAIN_CONTRACT = Setting.of("tracer.chain.contract", null);
  public static final Setting CHAIN_CONFIRMATIONS = Setting.of("tracer.chain.confirmations", "2");
  public static final Setting CHAIN_GAS_PRICE_WEI = Setting.of("tracer.chain.gas-price-wei", null);
  public static final Setting CHAIN_TIMEOUT_MS = Setting.of("tracer.chain.timeout-ms", "10000");
  public static final Setting CHAIN_MAX_BACKOFF_MS =
      Setting.of("tracer.chain.max-backoff-ms", "60000");

  private final SettingValues values;

  private TracerSettings(SettingValues values) {
    this.values = values;
  }

  /** The settings as the running hub's configuration gives them. */
  public static TracerSettings current() {
    return new TracerSettings(SettingValues.current());
  }

  /** The settings from any key-to-value source; a key without a value keeps its default. */
  public static TracerSettings from(Function<String, Optional<String>> source) {
    return new TracerSettings(SettingValues.from(source));
  }

  /** The most traces sealed under one root. */
  public int anchorBatchSize() {
    return Math.toIntExact(values.number(ANCHOR_BATCH_SIZE));
  }

  /** The pause between two sealing rounds. */
  public Duration anchorInterval() {
    return Duration.ofMillis(values.number(ANCHOR_INTERVAL_MS));
  }

  /** {@code local} seals roots in the database only, {@code chain} also anchors them. */
  public AnchorBatch.Mode anchorMode() {
    String mode = values.text(ANCHOR_MODE).orElseThrow().strip();
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "local" -> AnchorBatch.Mode.LOCAL;
      case "chain" -> AnchorBatch.Mode.CHAIN;
      default ->
          throw new IllegalStateException(
              ANCHOR_MODE.key() + " must be 'local' or 'chain', not " + mode);
    };
  }

  /** The chain node's JSON-RPC URL. */
  public String chainUrl() {
    return values.text(CHAIN_URL).orElseThrow();
  }

  /** The hex key that signs anchoring transactions; required in chain mode, never logged. */
  public String chainPrivateKey() {
    return values
        .text(CHAIN_PRIVATE_KEY)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    CHAIN_PRIVATE_KEY.key() + " must be set when traces are anchored on a chain"));
  }

  /** The chain id to sign for; asked from the node when not set. */
  public Optional<Long> chainId() {
    return values.whole(CHAIN_ID).map(BigInteger::longValueExact);
  }

  /** The registry's address; when empty the hub deploys one and remembers it. */
  public Optional<String> chainContract() {
    return values.text(CHAIN_CONTRACT);
  }

  /** Blocks, counting the one holding it, before a batch counts as anchored. */
  public int chainConfirmations() {
    return Math.toIntExact(values.number(CHAIN_CONFIRMATIONS));
  }

  /** A fixed gas price (0 on a free-gas network); else twice the node's price. */
  public Optional<BigInteger> chainGasPriceWei() {
    return values.whole(CHAIN_GAS_PRICE_WEI);
  }

  /** Connect and read timeout of one call to the node. */
  public Duration chainTimeout() {
    return Duration.ofMillis(values.number(CHAIN_TIMEOUT_MS));
  }

  /** The longest pause between attempts to reach an unavailable node. */
  public Duration chainMaxBackoff() {
    return Duration.ofMillis(values.number(CHAIN_MAX_BACKOFF_MS));
  }
}
