package eu.imaginghub.harvester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HarvesterSettingsTest {

  private static FetchSettings read(Map<String, String> values) {
    return HarvesterSettings.from(key -> Optional.ofNullable(values.get(key))).fetch();
  }

  @Test
  void unsetKeysKeepTheDocumentedDefaults() {
    FetchSettings settings = read(Map.of());

    assertThat(settings).isEqualTo(HarvesterSettings.defaults().fetch());
    assertThat(settings)
        .isEqualTo(
            new FetchSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                104_857_600L,
                1_000_000,
                5,
                10_000,
                4,
                List.of()));
  }

  @Test
  void everyKeyIsRead() {
    FetchSettings settings =
        read(
            Map.of(
                "harvester.fetch.connect-timeout-ms", "1500",
                "harvester.fetch.read-timeout-ms", " 2500 ",
                "harvester.fetch.max-body-bytes", "5000000000",
                "harvester.fetch.max-records", "10",
                "harvester.fetch.max-redirects", "0",
                "harvester.fetch.max-pages", "3",
                "harvester.fetch.concurrency", "8",
                "harvester.fetch.allow-private", "loopback, 10.0.0.0/8,,node.internal "));

    assertThat(settings)
        .isEqualTo(
            new FetchSettings(
                Duration.ofMillis(1500),
                Duration.ofMillis(2500),
                5_000_000_000L,
                10,
                0,
                3,
                8,
                List.of("loopback", "10.0.0.0/8", "node.internal")));
  }

  @Test
  void badValuesAreRejectedNamingTheKey() {
    assertThatThrownBy(() -> read(Map.of("harvester.fetch.max-records", "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("harvester.fetch.max-records is not a whole number: many");
    assertThatThrownBy(() -> read(Map.of("harvester.fetch.concurrency", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("harvester.fetch.concurrency must be between 1 and 2147483647: 0");
  }
}
