package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Hub instances starting together on one PostgreSQL database take turns, and one that dies while
 * starting does not keep the others waiting.
 */
class InstanceStartLockIT {

  private static final Duration WAIT = Duration.ofMinutes(2);
  private static PGSimpleDataSource database;
  private static ExecutorService starter;

  @BeforeAll
  static void connect() {
    Assumptions.assumeTrue(
        "postgresql".equals(System.getProperty("hub.it.db")), "instances share PostgreSQL only");
    database = new PGSimpleDataSource();
    database.setURL(System.getProperty("hub.it.db.url"));
    database.setUser(System.getProperty("hub.it.db.user", "hub"));
    database.setPassword(System.getProperty("hub.it.db.password", "hub"));
    starter = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stop() {
    if (starter != null) {
      starter.shutdownNow();
    }
  }

  @Test
  void aSecondInstanceWaitsUntilTheFirstHasStarted() throws Exception {
    CompletableFuture<InstanceStartLock> second;
    try (InstanceStartLock first = InstanceStartLock.acquire(database)) {
      second = CompletableFuture.supplyAsync(() -> InstanceStartLock.acquire(database), starter);
      awaitWaiters(1);
      assertThat(second).isNotDone();
    }
    try (InstanceStartLock turn = second.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
      assertThat(waiters()).isZero();
      assertThat(heldByAnyone()).isTrue();
    }
    assertThat(heldByAnyone()).isFalse();
  }

  @Test
  void anInstanceThatDiesWhileStartingReleasesTheLock() throws Exception {
    InstanceStartLock dying = InstanceStartLock.acquire(database);
    CompletableFuture<InstanceStartLock> next =
        CompletableFuture.supplyAsync(() -> InstanceStartLock.acquire(database), starter);
    awaitWaiters(1);
    // what the database sees when the instance's process is killed: its session ends
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'"
                    + " and classid = ? and objid = ? and objsubid = 1 and granted")) {
      bindKey(s);
      s.executeQuery().close();
    }
    try (InstanceStartLock turn = next.get(WAIT.toSeconds(), TimeUnit.SECONDS)) {
      assertThat(heldByAnyone()).isTrue();
    }
    assertThat(heldByAnyone()).isFalse();
    dying.close(); // its connection is gone: closing only logs that
  }

  private static void awaitWaiters(int expected) throws Exception {
    Instant deadline = Instant.now().plus(WAIT);
    while (waiters() != expected) {
      assertThat(Instant.now())
          .as("waiting for %d waiting instance(s)", expected)
          .isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private static long waiters() throws SQLException {
    return locks("not granted");
  }

  private static boolean heldByAnyone() throws SQLException {
    return locks("granted") > 0;
  }

  private static long locks(String condition) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and classid = ?"
                    + " and objid = ? and objsubid = 1 and "
                    + condition)) {
      bindKey(s);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** PostgreSQL shows a lock on a bigint key as its upper and lower 32 bits. */
  private static void bindKey(PreparedStatement s) throws SQLException {
    s.setLong(1, InstanceStartLock.KEY >>> 32);
    s.setLong(2, InstanceStartLock.KEY & 0xffffffffL);
  }
}
