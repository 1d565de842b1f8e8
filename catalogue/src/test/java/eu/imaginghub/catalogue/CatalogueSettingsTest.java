package eu.imaginghub.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueSettingsTest {

  private static CatalogueSettings read(Map<String, String> values) {
    return CatalogueSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void unsetKeysKeepTheDocumentedDefaults() {
    CatalogueSettings settings = read(Map.of());

    assertThat(settings.exportTimeBudget()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.publicUrl()).isEmpty();
    assertThat(settings.mailSmtpHost()).isEmpty();
    assertThat(settings.mailSmtpPort()).isEqualTo(25);
    assertThat(settings.mailSmtpUser()).isEmpty();
    assertThat(settings.mailSmtpPassword()).isEmpty();
    assertThat(settings.mailSmtpStarttls()).isFalse();
    assertThat(settings.mailFrom()).isEqualTo("imaging-hub@localhost");
    assertThat(settings.mailTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.demoEnabled()).isTrue();
    assertThat(settings.demoDatasets()).isEqualTo(300);
    assertThat(settings.demoSeed()).isEqualTo(20261124L);
  }

  @Test
  void everyKeyIsReadAndSecretsAreKeptAsGiven() {
    CatalogueSettings settings =
        read(
            Map.ofEntries(
                Map.entry("catalogue.export.time-budget-ms", "500"),
                Map.entry("catalogue.public-url", "https://hub.example.org"),
                Map.entry("catalogue.mail.smtp.host", " smtp.example.org "),
                Map.entry("catalogue.mail.smtp.port", "2525"),
                Map.entry("catalogue.mail.smtp.user", "hub"),
                Map.entry("catalogue.mail.smtp.password", " s3cret "),
                Map.entry("catalogue.mail.smtp.starttls", "TRUE"),
                Map.entry("catalogue.mail.from", "hub@example.org"),
                Map.entry("catalogue.mail.timeout-ms", "2000"),
                Map.entry("catalogue.demo.enabled", "false"),
                Map.entry("catalogue.demo.datasets", "60"),
                Map.entry("catalogue.demo.seed", "7")));

    assertThat(settings.exportTimeBudget()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.publicUrl()).contains("https://hub.example.org");
    assertThat(settings.mailSmtpHost()).contains("smtp.example.org");
    assertThat(settings.mailSmtpPort()).isEqualTo(2525);
    assertThat(settings.mailSmtpUser()).contains("hub");
    assertThat(settings.mailSmtpPassword()).contains(" s3cret ");
    assertThat(settings.mailSmtpStarttls()).isTrue();
    assertThat(settings.mailFrom()).isEqualTo("hub@example.org");
    assertThat(settings.mailTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.demoEnabled()).isFalse();
    assertThat(settings.demoDatasets()).isEqualTo(60);
    assertThat(settings.demoSeed()).isEqualTo(7L);
  }

  @Test
  void aBlankHostMeansMailGoesToTheLogAndABadNumberNamesItsKey() {
    assertThat(read(Map.of("catalogue.mail.smtp.host", "  ")).mailSmtpHost()).isEmpty();
    assertThatThrownBy(() -> read(Map.of("catalogue.mail.smtp.port", "smtp")).mailSmtpPort())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("catalogue.mail.smtp.port is not a whole number: smtp");
  }
}
