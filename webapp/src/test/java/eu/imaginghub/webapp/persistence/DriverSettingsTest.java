package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class DriverSettingsTest {

  @Test
  void postgresqlSendsBatchedInsertsAsMultiRowInserts() {
    Properties p = new Properties();
    ConfiguredDataSource.driverSettings("jdbc:postgresql://db:5432/hub", p);
    assertThat(p.getProperty("reWriteBatchedInserts")).isEqualTo("true");
  }

  @Test
  void aSettingInTheUrlWins() {
    Properties p = new Properties();
    ConfiguredDataSource.driverSettings("jdbc:postgresql://db/hub?reWriteBatchedInserts=false", p);
    assertThat(p).doesNotContainKey("reWriteBatchedInserts");
  }

  @Test
  void h2GetsNoPostgresqlSetting() {
    Properties p = new Properties();
    ConfiguredDataSource.driverSettings("jdbc:h2:file:/d/hub", p);
    assertThat(p).isEmpty();
  }
}
