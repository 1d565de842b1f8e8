package eu.imaginghub.webapp.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Which of the two supported database engines a connection reaches. */
final class DatabaseEngine {

  private DatabaseEngine() {}

  static boolean isPostgresql(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }
}
