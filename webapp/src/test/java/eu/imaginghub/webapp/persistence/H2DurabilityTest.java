package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2DurabilityTest {

  @TempDir Path dir;

  @Test
  void aRowCommittedBeforeTheCallIsInTheFileWhenItReturns() throws Exception {
    JdbcDataSource dataSource = h2("live/db");
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
  void callersArrivingDuringACheckpointShareTheNextOne() throws Exception {
    JdbcDataSource h2 = h2("shared/db");
    AtomicInteger checkpoints = new AtomicInteger();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    DataSource counting =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection") && args == null) {
                    if (checkpoints.incrementAndGet() == 1) {
                      firstStarted.countDown();
                      release.await();
                    }
                    return h2.getConnection();
                  }
                  return method.invoke(h2, args);
                });
    H2Durability durability = new H2Durability(counting);
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try {
      Future<?> first = callers.submit(() -> awaitDurable(durability));
      firstStarted.await();
      List<Future<?>> waiting = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        waiting.add(callers.submit(() -> awaitDurable(durability)));
      }
      while (durability.queued() < 5) {
        Thread.onSpinWait(); // until all five wait behind the checkpoint in progress
      }
      release.countDown();
      first.get();
      for (Future<?> f : waiting) {
        f.get();
      }
    } finally {
      callers.shutdownNow();
    }
    // the first checkpoint began before the five arrived: one more covers them all
    assertThat(checkpoints.get()).isEqualTo(2);
  }

  private JdbcDataSource h2(String database) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve(database));
    dataSource.setUser("hub");
    dataSource.setPassword("hub");
    return dataSource;
  }

  private static Void awaitDurable(H2Durability durability) throws SQLException {
    durability.awaitDurable();
    return null;
  }

  @Test
  void appliesToH2FilesOnly() {
    assertThat(H2Durability.isH2File("jdbc:h2:file:/d/hub;AUTO_SERVER=TRUE")).isTrue();
    assertThat(H2Durability.isH2File("jdbc:h2:mem:test")).isFalse();
    assertThat(H2Durability.isH2File("jdbc:postgresql://db/hub")).isFalse();
  }
}
