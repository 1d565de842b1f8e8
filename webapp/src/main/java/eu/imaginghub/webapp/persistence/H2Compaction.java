package eu.imaginghub.webapp.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.h2.mvstore.MVStoreTool;

/**
 * Gives back the disk space an embedded H2 file wastes, when the hub opens it.
 *
 * <p>H2's MVStore never overwrites a page: every commit appends the pages it changed, and only
 * compaction moves the live pages out of old chunks so their space can be reused. The hub never
 * lets H2 move chunks inside its file (no background compaction, none at close, no {@code SHUTDOWN
 * COMPACT}): a file whose chunks were being moved when the process was killed, or that was closed
 * and opened again after such a move, could not be opened any more ("Double mark"). Instead a file
 * bigger than {@code minBytes} of which most is dead is copied: H2's store tool reads the old file
 * (read-only), writes every live entry in key order, compressed, into a fresh file beside it, and
 * the fresh file replaces the old one in one atomic rename. A hub killed at any point finds either
 * the old file or the complete new one.
 */
final class H2Compaction {

  private static final Logger LOG = Logger.getLogger(H2Compaction.class.getName());

  /** Below this size the waste is not worth a rewrite. */
  static final long MIN_FILE_BYTES = 64L * 1024 * 1024;

  /** Rewritten when less than this percentage of its chunks' space is live. */
  static final int MIN_FILL_PERCENT = 40;

  private static final String FILE_PREFIX = "jdbc:h2:file:";
  private static final String MV_SUFFIX = ".mv.db";

  private H2Compaction() {}

  /**
   * Rewrites the database file when it is big and mostly dead; returns whether it did. URLs other
   * than a local {@code jdbc:h2:file:} database are left alone.
   */
  static boolean compactIfWasteful(Driver driver, String url, Properties credentials, long minBytes)
      throws SQLException {
    Optional<H2File> file = H2File.of(H2FileUrl.withoutChunkMoves(url));
    if (file.isEmpty()) {
      return false;
    }
    H2File db = file.get();
    try {
      db.removeLeftovers();
      if (!Files.exists(db.live()) || Files.size(db.live()) < minBytes) {
        return false; // not even opened: a small file is the common case
      }
      int fill;
      try (Connection c = driver.connect(db.readOnlyUrl(), credentials);
          Statement s = c.createStatement()) {
        fill = (int) info(s, "CHUNKS_FILL_RATE");
      }
      if (fill >= MIN_FILL_PERCENT) {
        return false;
      }
      rewrite(driver, db, credentials, fill);
      return true;
    } catch (IOException e) {
      throw new SQLException("could not rewrite the database file " + db.live(), e);
    }
  }

  private static void rewrite(Driver driver, H2File db, Properties credentials, int fill)
      throws SQLException, IOException {
    long started = System.nanoTime();
    long before = Files.size(db.live());
    LOG.info(
        () ->
            "Rewriting the database file: "
                + before / (1024 * 1024)
                + " MB of which "
                + fill
                + "% is live");
    MVStoreTool.compact(db.live().toString(), db.fresh().toString(), true);
    force(db.fresh());
    Files.move(
        db.fresh(), db.live(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    force(db.live().getParent());
    db.removeLeftovers();
    long after = Files.size(db.live());
    LOG.info(
        () ->
            "Database file rewritten to "
                + after / (1024 * 1024)
                + " MB in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  /** Puts a file's content, or a directory's entries (the rename), on the disk. */
  private static void force(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
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

  /** The live file of a {@code jdbc:h2:file:} URL and the files a rewrite puts beside it. */
  private record H2File(String base, String options) {

    static Optional<H2File> of(String url) {
      if (!url.startsWith(FILE_PREFIX)) {
        return Optional.empty();
      }
      String rest = url.substring(FILE_PREFIX.length());
      int semicolon = rest.indexOf(';');
      return semicolon < 0
          ? Optional.of(new H2File(rest, ""))
          : Optional.of(new H2File(rest.substring(0, semicolon), rest.substring(semicolon)));
    }

    Path live() {
      return Path.of(base + MV_SUFFIX);
    }

    Path fresh() {
      return Path.of(base + ".rewrite" + MV_SUFFIX);
    }

    /** Read-only: the check and the copy never write to the file they read. */
    String readOnlyUrl() {
      return FILE_PREFIX + base + ownOptions() + ";ACCESS_MODE_DATA=r";
    }

    /**
     * The settings for a connection of the hub's own, before anyone else may connect: without
     * serving other processes (which H2 refuses for a read-only file) and without an access mode.
     */
    private String ownOptions() {
      StringBuilder kept = new StringBuilder();
      for (String option : options.split(";")) {
        String key = option.toUpperCase(Locale.ROOT);
        if (!option.isEmpty()
            && !key.startsWith("AUTO_SERVER")
            && !key.startsWith("ACCESS_MODE_DATA")) {
          kept.append(';').append(option);
        }
      }
      return kept.toString();
    }

    /** What a rewrite cut off by a crash left: the old file is still the live one. */
    void removeLeftovers() throws IOException {
      Files.deleteIfExists(fresh());
    }
  }
}
