package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** On H2, where a data directory serves one hub at a time, starting waits for no one. */
class InstanceStartLockTest {

  @Test
  void onH2TwoStartsDoNotWaitForEachOther() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:start-lock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (InstanceStartLock first = InstanceStartLock.acquire(h2);
        InstanceStartLock second = InstanceStartLock.acquire(h2);
        Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet sessions = s.executeQuery("select count(*) from information_schema.sessions")) {
      sessions.next();
      assertThat(sessions.getLong(1)).as("only the query's own session is open").isEqualTo(1);
    }
  }
}
