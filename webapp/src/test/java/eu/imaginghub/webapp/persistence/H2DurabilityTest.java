package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DurabilityTest {

  @TempDir Path dir;

  @Test
  void aCommittedRowIsInTheFileWhenTheCommitReturns() throws Exception {
    String url = H2Durability.durableUrl("jdbc:h2:file:" + dir.resolve("live/db"));
    try (Connection c = H2Durability.wrap(url, DriverManager.getConnection(url, "hub", "hub"));
        Statement s = c.createStatement()) {
      s.execute("create table pushed (id int primary key)");
      c.setAutoCommit(false);
      s.execute("insert into pushed values (1)");
      c.commit();
      // what a killed process leaves behind: the file as it stands, the database never closed
      Files.createDirectories(dir.resolve("copy"));
      Files.copy(dir.resolve("live/db.mv.db"), dir.resolve("copy/db.mv.db"));
    }
    try (Connection copy =
            DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("copy/db"), "hub", "hub");
        ResultSet rows = copy.createStatement().executeQuery("select count(*) from pushed")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void setsNoWriteDelayOnH2FilesOnlyAndKeepsAnExplicitOne() {
    assertThat(H2Durability.durableUrl("jdbc:h2:file:/d/hub;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:file:/d/hub;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    assertThat(H2Durability.durableUrl("jdbc:h2:file:/d/hub;write_delay=100"))
        .isEqualTo("jdbc:h2:file:/d/hub;write_delay=100");
    assertThat(H2Durability.durableUrl("jdbc:postgresql://db/hub"))
        .isEqualTo("jdbc:postgresql://db/hub");
  }
}
