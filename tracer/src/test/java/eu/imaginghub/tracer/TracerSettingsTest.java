package eu.imaginghub.tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TracerSettingsTest {

  private static TracerSettings read(Map<String, String> values) {
    return TracerSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void unsetKeysKeepTheDocumentedDefaults() {
    TracerSettings settings = read(Map.of());

    assertThat(settings.anchorBatchSize()).isEqualTo(1000);
    assertThat(settings.anchorInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.anchorMode()).isEqualTo(AnchorBatch.Mode.LOCAL);
    assertThat(settings.chainUrl()).isEqualTo("http://127.0.0.1:8545");
    assertThat(settings.chainId()).isEmpty();
    assertThat(settings.chainContract()).isEmpty();
    assertThat(settings.chainConfirmations()).isEqualTo(2);
    assertThat(settings.chainGasPriceWei()).isEmpty();
    assertThat(settings.chainTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.chainMaxBackoff()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void everyKeyIsRead() {
    TracerSettings settings =
        read(
            Map.ofEntries(
                Map.entry("tracer.anchor.batch-size", "50"),
                Map.entry("tracer.anchor.interval-ms", " 300 "),
                Map.entry("tracer.anchor.mode", " Chain "),
                Map.entry("tracer.chain.url", "http://127.0.0.1:9545"),
                Map.entry("tracer.chain.private-key", "0xabc"),
                Map.entry("tracer.chain.id", "31337"),
                Map.entry("tracer.chain.contract", "0x5fbdb2315678afecb367f032d93f642f64180aa3"),
                Map.entry("tracer.chain.confirmations", "5"),
                Map.entry("tracer.chain.gas-price-wei", "0"),
                Map.entry("tracer.chain.timeout-ms", "3000"),
                Map.entry("tracer.chain.max-backoff-ms", "2000")));

    assertThat(settings.anchorBatchSize()).isEqualTo(50);
    assertThat(settings.anchorInterval()).isEqualTo(Duration.ofMillis(300));
    assertThat(settings.anchorMode()).isEqualTo(AnchorBatch.Mode.CHAIN);
    assertThat(settings.chainUrl()).isEqualTo("http://127.0.0.1:9545");
    assertThat(settings.chainPrivateKey()).isEqualTo("0xabc");
    assertThat(settings.chainId()).contains(31337L);
    assertThat(settings.chainContract()).contains("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    assertThat(settings.chainConfirmations()).isEqualTo(5);
    assertThat(settings.chainGasPriceWei()).contains(BigInteger.ZERO);
    assertThat(settings.chainTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.chainMaxBackoff()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void badOrMissingValuesAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> read(Map.of("tracer.anchor.mode", "ledger")).anchorMode())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tracer.anchor.mode must be 'local' or 'chain', not ledger");
    assertThatThrownBy(() -> read(Map.of("tracer.anchor.batch-size", "many")).anchorBatchSize())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tracer.anchor.batch-size is not a whole number: many");
    assertThatThrownBy(() -> read(Map.of("tracer.chain.private-key", " ")).chainPrivateKey())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tracer.chain.private-key must be set when traces are anchored on a chain");
  }
}
