package eu.imaginghub.webapp.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Queries a test reads a hub's database schema with, straight over JDBC. */
final class SchemaRows {

  private SchemaRows() {}

  /** The first two columns of each row, by the first. */
  static Map<String, String> rows(String url, String sql) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (Connection c = RunningHub.database(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.put(r.getString(1), r.getString(2));
      }
    }
    return rows;
  }

  /** The first column of the single row. */
  static long count(String url, String sql) {
    try (Connection c = RunningHub.database(url);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
