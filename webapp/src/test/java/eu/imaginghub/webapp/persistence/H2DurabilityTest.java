package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DurabilityTest {

  @TempDir Path dir;

  @Test
  void aRowCommittedBeforeTheCallIsInTheFileWhenItReturns() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("live/db"));
    dataSource.setUser("hub");
    dataSource.setPassword("hub");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table pushed (id int primary key)");
      c.setAutoCommit(false);
      s.execute("insert into pushed values (1)");
      c.commit();

      new H2Durability(dataSource).awaitDurable();

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
  void appliesToH2FilesOnly() {
    assertThat(H2Durability.isH2File("jdbc:h2:file:/d/hub;AUTO_SERVER=TRUE")).isTrue();
    assertThat(H2Durability.isH2File("jdbc:h2:mem:test")).isFalse();
    assertThat(H2Durability.isH2File("jdbc:postgresql://db/hub")).isFalse();
  }
}
