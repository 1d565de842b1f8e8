package eu.imaginghub.webapp.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a commit on the embedded H2 database durable before it returns, as it is on PostgreSQL.
 *
 * <p>H2's MVStore keeps committed changes in memory and writes them out {@code WRITE_DELAY} ms
 * later (500 by default): a hub killed in that window lost pushes it had already acknowledged. With
 * {@code WRITE_DELAY=0} every commit writes its changes to the file before it returns, which a
 * killed process cannot undo; the {@code CHECKPOINT SYNC} after it forces them from the operating
 * system's cache to the disk, so that a power cut cannot either.
 */
final class H2Durability {

  private static final Logger LOG = Logger.getLogger(H2Durability.class.getName());

  private H2Durability() {}

  static boolean isH2(String url) {
    return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
  }

  /** The URL with {@code WRITE_DELAY=0} unless it sets a delay itself. */
  static String durableUrl(String url) {
    if (!isH2(url) || url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=0";
  }

  /** An H2 connection whose commit returns once the change is on the disk. */
  static Connection wrap(String url, Connection connection) {
    if (!isH2(url)) {
      return connection;
    }
    return (Connection)
        Proxy.newProxyInstance(
            H2Durability.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if ("commit".equals(method.getName()) && method.getParameterCount() == 0) {
                sync(connection);
              }
              return result;
            });
  }

  /**
   * The commit has happened and is in the file whatever this does: a failure here (a database user
   * without admin rights) is logged, never reported as a failed commit.
   */
  private static void sync(Connection connection) {
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Could not force H2 commits to disk: {0}", e.getMessage());
    }
  }
}
