package eu.imaginghub.webapp.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one hub instance at a time migrate the schema and start Hibernate Search on a shared
 * PostgreSQL. Two instances started together both found the Elasticsearch index missing and both
 * created it: the slower one's deployment failed. Under this lock the second one finds the index
 * made and only validates it.
 *
 * <p>The lock is PostgreSQL's transaction-scoped advisory lock, taken on a connection of its own:
 * it ends with that transaction, or with the database session if the instance dies while holding
 * it, so a crashed instance never keeps the others from starting. On H2 a data directory serves one
 * hub at a time, so there is no one to wait for.
 */
final class InstanceStartLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(InstanceStartLock.class.getName());

  /** Any number all instances agree on; its bytes spell "hubstart". */
  static final long KEY = 0x6875627374617274L;

  private final Connection held;

  private InstanceStartLock(Connection held) {
    this.held = held;
  }

  /** Waits until no other instance on the same PostgreSQL database is starting. */
  static InstanceStartLock acquire(DataSource dataSource) {
    Connection c = null;
    try {
      c = dataSource.getConnection();
      if (!DatabaseEngine.isPostgresql(c)) {
        c.close();
        return new InstanceStartLock(null);
      }
      c.setAutoCommit(false);
      if (!query(c, "select pg_try_advisory_xact_lock(?)")) {
        LOG.info("Another hub instance is starting on this database; waiting until it has.");
        query(c, "select pg_advisory_xact_lock(?) is null"); // returns once the lock is ours
      }
      return new InstanceStartLock(c);
    } catch (SQLException e) {
      closeAfterFailure(c, e);
      throw new IllegalStateException("cannot take the start-up lock in the database", e);
    }
  }

  private static boolean query(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, KEY);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  private static void closeAfterFailure(Connection c, SQLException cause) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** Ends the lock's transaction, which lets the next instance in. */
  @Override
  public void close() {
    if (held == null) {
      return;
    }
    try (Connection c = held) {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      // the lock ends with the session at the latest; the instance itself has started
      LOG.warning(() -> "could not end the start-up lock's transaction: " + e);
    }
  }
}
