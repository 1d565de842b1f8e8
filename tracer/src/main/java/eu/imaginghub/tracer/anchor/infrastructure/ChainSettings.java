package eu.imaginghub.tracer.anchor.infrastructure;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The chain settings, read once from MicroProfile Config.
 *
 * @param url the node's JSON-RPC URL
 * @param privateKey the hex key that signs anchoring transactions (never logged)
 * @param chainId the chain id to sign for; asked from the node when not set
 * @param gasPriceWei a fixed gas price (0 on a free-gas network); else twice the node's price
 * @param timeout connect and read timeout of one call
 */
public record ChainSettings(
    String url,
    String privateKey,
    Optional<Long> chainId,
    Optional<BigInteger> gasPriceWei,
    Duration timeout) {

  public static final String URL = "tracer.chain.url";
  public static final String PRIVATE_KEY = "tracer.chain.private-key";
  public static final String CHAIN_ID = "tracer.chain.id";
  public static final String GAS_PRICE = "tracer.chain.gas-price-wei";
  public static final String TIMEOUT = "tracer.chain.timeout-ms";

  @Override
  public String toString() {
    return "ChainSettings[url=" + url + ", chainId=" + chainId + "]";
  }

  static ChainSettings from(Config config) {
    String key =
        config
            .getOptionalValue(PRIVATE_KEY, String.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        PRIVATE_KEY + " must be set when traces are anchored on a chain"));
    return new ChainSettings(
        config.getOptionalValue(URL, String.class).orElse("http://127.0.0.1:8545"),
        key,
        config.getOptionalValue(CHAIN_ID, Long.class),
        config.getOptionalValue(GAS_PRICE, BigInteger.class),
        Duration.ofMillis(config.getOptionalValue(TIMEOUT, Long.class).orElse(10_000L)));
  }
}
