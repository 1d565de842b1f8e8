package eu.imaginghub.webapp.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubSettingsTest {

  private static HubSettings read(Map<String, String> values) {
    return HubSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void unsetKeysKeepTheDocumentedDefaults() {
    HubSettings settings = read(Map.of());
    Path data = Path.of("data").toAbsolutePath();

    assertThat(settings.dataDir()).isEqualTo(data);
    assertThat(settings.dbUrl())
        .isEqualTo(
            "jdbc:h2:file:"
                + data.resolve("db/hub")
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0");
    assertThat(settings.dbUser()).isEqualTo("hub");
    assertThat(settings.dbPassword()).isEqualTo("hub");
    assertThat(settings.searchBackend()).isEqualTo("lucene");
    assertThat(settings.searchAgreementGrace()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.indexDir()).isEqualTo(data.resolve("index"));
    assertThat(settings.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
    // the development login is on only when asked for
    assertThat(settings.loginMode()).isEqualTo("none");
  }

  @Test
  void everyKeyIsRead() {
    HubSettings settings =
        read(
            Map.of(
                "hub.data-dir", "/srv/hub",
                "hub.db.url", "jdbc:postgresql://db:5432/hub",
                "hub.db.user", "catalogue",
                "hub.db.password", "pw",
                "hub.search.backend", "elasticsearch",
                "hub.search.agreement-grace-ms", "0",
                "hub.http.max-body-bytes", "20000",
                "hub.login.mode", "dev"));

    assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/hub"));
    assertThat(settings.indexDir()).isEqualTo(Path.of("/srv/hub/index"));
    assertThat(settings.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/hub");
    assertThat(settings.dbUser()).isEqualTo("catalogue");
    assertThat(settings.dbPassword()).isEqualTo("pw");
    assertThat(settings.searchBackend()).isEqualTo("elasticsearch");
    assertThat(settings.searchAgreementGrace()).isEqualTo(Duration.ZERO);
    assertThat(settings.maxBodyBytes()).isEqualTo(20000);
    assertThat(settings.loginMode()).isEqualTo("dev");
  }
}
