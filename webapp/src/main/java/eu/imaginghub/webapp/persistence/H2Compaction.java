package eu.imaginghub.webapp.persistence;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Gives back the disk space an embedded H2 file wastes, once, when the hub opens it.
 *
 * <p>H2's MVStore never overwrites a page: every commit appends the pages it changed, and only
 * compaction moves the live pages out of old chunks so their space can be reused. Hubs that ran
 * with compaction off left files of which a tenth or less was live (13 GB for 100,000 datasets).
 * Such a file is rewritten as a whole ({@code SHUTDOWN COMPACT} copies the live pages into a fresh
 * file) before the connection pool opens it; a file in good shape costs one quick look at its
 * statistics.
 */
final class H2Compaction {

  private static final Logger LOG = Logger.getLogger(H2Compaction.class.getName());

  /** Below this size the waste is not worth a rewrite. */
  static final long MIN_FILE_BYTES = 64L * 1024 * 1024;

  /** Rewritten when less than this percentage of its chunks' space is live. */
  static final int MIN_FILL_PERCENT = 40;

  private H2Compaction() {}

  /** Compacts the database when its file is big and mostly dead; returns whether it did. */
  static boolean compactIfWasteful(Driver driver, String url, Properties credentials, long minBytes)
      throws SQLException {
    long started = System.nanoTime();
    long size;
    int fill;
    try (Connection c = driver.connect(url, credentials);
        Statement s = c.createStatement()) {
      size = info(s, "FILE_SIZE");
      fill = (int) info(s, "CHUNKS_FILL_RATE");
      if (size < minBytes || fill >= MIN_FILL_PERCENT) {
        return false;
      }
      LOG.info(
          () ->
              "Compacting the database file: "
                  + size / (1024 * 1024)
                  + " MB of which "
                  + fill
                  + "% is live");
      s.execute("SHUTDOWN COMPACT");
    }
    long after = sizeNow(driver, url, credentials);
    LOG.info(
        () ->
            "Database file compacted to "
                + after / (1024 * 1024)
                + " MB in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    return true;
  }

  private static long sizeNow(Driver driver, String url, Properties credentials)
      throws SQLException {
    try (Connection c = driver.connect(url, credentials);
        Statement s = c.createStatement()) {
      return info(s, "FILE_SIZE");
    }
  }

  /** One of the store statistics H2 lists among its settings, as {@code info.NAME}. */
  private static long info(Statement s, String name) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "select setting_value from information_schema.settings where setting_name = 'info."
                + name
                + "'")) {
      if (!r.next()) {
        throw new SQLException("H2 reports no " + name);
      }
      return Long.parseLong(r.getString(1).trim());
    }
  }
}
