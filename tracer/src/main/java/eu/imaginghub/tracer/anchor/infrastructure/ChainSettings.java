package eu.imaginghub.tracer.anchor.infrastructure;

import eu.imaginghub.tracer.TracerSettings;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;

/**
 * The chain settings, taken once from the tracer's settings.
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

  @Override
  public String toString() {
    return "ChainSettings[url=" + url + ", chainId=" + chainId + "]";
  }

  static ChainSettings from(TracerSettings settings) {
    String key = settings.chainPrivateKey();
    return new ChainSettings(
        settings.chainUrl(),
        key,
        settings.chainId(),
        settings.chainGasPriceWei(),
        settings.chainTimeout());
  }
}
