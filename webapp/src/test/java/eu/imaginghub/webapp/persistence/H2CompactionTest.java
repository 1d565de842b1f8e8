package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {

  private static final Driver DRIVER = new Driver();

  @TempDir Path dir;

  @Test
  void aFileMostlyOfDeadPagesIsRewrittenAndKeepsItsRows() throws Exception {
    // as hubs wrote it before: no background compaction, every commit appending its pages
    String wasteful = url() + ";AUTO_COMPACT_FILL_RATE=0";
    try (Connection c = DRIVER.connect(wasteful, credentials())) {
      fillAndRewrite(c);
    }
    long before = Files.size(file());

    // as the test hubs configure it: served to other processes
    String served = url() + ";AUTO_SERVER=TRUE";
    assertThat(H2Compaction.compactIfWasteful(DRIVER, served, credentials(), 1024 * 1024)).isTrue();

    assertThat(Files.size(file())).isLessThan(before / 3);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .noneMatch(name -> name.contains("rewrite"));
    try (Connection c = DRIVER.connect(served, credentials());
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("select count(*), sum(round) from note")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(2000);
        assertThat(r.getLong(2)).isEqualTo(2000L * 19);
      }
      try (ResultSet r = s.executeQuery("select next value for note_seq")) {
        r.next();
        assertThat(r.getLong(1)).as("the sequence goes on where it was").isEqualTo(43);
      }
    }
    // now mostly live: the next start leaves it alone
    assertThat(H2Compaction.compactIfWasteful(DRIVER, served, credentials(), 1024 * 1024))
        .isFalse();
  }

  @Test
  void aRewriteCutOffByACrashLeavesTheOldFileLive() throws Exception {
    try (Connection c = DRIVER.connect(url(), credentials());
        Statement s = c.createStatement()) {
      s.execute("create table note (id int primary key, round int, text varchar(1000))");
      s.execute("insert into note values (1, 0, 'kept')");
    }
    Files.writeString(dir.resolve("db.rewrite.mv.db"), "half a file");

    assertThat(H2Compaction.compactIfWasteful(DRIVER, url(), credentials(), 1)).isFalse();

    assertThat(dir.resolve("db.rewrite.mv.db")).doesNotExist();
    try (Connection c = DRIVER.connect(url(), credentials());
        ResultSet r = c.createStatement().executeQuery("select text from note where id = 1")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("kept");
    }
  }

  @Test
  void aSmallFileIsLeftAlone() throws Exception {
    try (Connection c = DRIVER.connect(url(), credentials());
        Statement s = c.createStatement()) {
      s.execute("create table note (id int primary key, round int, text varchar(1000))");
      s.execute("insert into note values (1, 0, 'kept')");
    }

    assertThat(
            H2Compaction.compactIfWasteful(
                DRIVER, url(), credentials(), H2Compaction.MIN_FILE_BYTES))
        .isFalse();
    try (Connection c = DRIVER.connect(url(), credentials());
        ResultSet r = c.createStatement().executeQuery("select text from note where id = 1")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("kept");
    }
  }

  /** Writes rows, then changes every one of them again and again, a commit each round. */
  private static void fillAndRewrite(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("create table note (id int primary key, round int, text varchar(1000))");
      s.execute("create sequence note_seq");
      for (int i = 0; i < 42; i++) {
        s.execute("select next value for note_seq");
      }
    }
    c.setAutoCommit(false);
    try (PreparedStatement insert = c.prepareStatement("insert into note values (?, 0, ?)");
        PreparedStatement update = c.prepareStatement("update note set round = ? where id = ?")) {
      for (int id = 0; id < 2000; id++) {
        insert.setInt(1, id);
        insert.setString(2, "x".repeat(500) + id);
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
      for (int round = 1; round < 20; round++) {
        for (int id = 0; id < 2000; id++) {
          update.setInt(1, round);
          update.setInt(2, id);
          update.addBatch();
        }
        update.executeBatch();
        c.commit();
        try (Statement s = c.createStatement()) {
          s.execute("CHECKPOINT"); // a chunk per round, as a busy hub writes many
        }
      }
    }
  }

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("db");
  }

  private Path file() {
    return dir.resolve("db.mv.db");
  }

  private static Properties credentials() {
    Properties p = new Properties();
    p.setProperty("user", "hub");
    p.setProperty("password", "hub");
    return p;
  }
}
