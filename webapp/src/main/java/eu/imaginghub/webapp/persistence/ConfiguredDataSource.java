package eu.imaginghub.webapp.persistence;

import eu.imaginghub.webapp.config.HubSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical connection source behind the container's pool. It reads the JDBC URL and credentials
 * from MicroProfile Config, so the same WAR runs on the embedded H2 file or on PostgreSQL by
 * configuration alone; the container still pools and enlists the connections in JTA transactions.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
  private static final AtomicBoolean COMPACTION_CHECKED = new AtomicBoolean();

  private final String url;
  private final Properties credentials = new Properties();
  private final Driver driver;
  private PrintWriter logWriter;
  private int loginTimeout;

  public ConfiguredDataSource() {
    HubSettings settings = HubSettings.current();
    this.url = H2FileUrl.withoutChunkMoves(settings.dbUrl());
    credentials.setProperty("user", settings.dbUser());
    credentials.setProperty("password", settings.dbPassword());
    driverSettings(url, credentials);
    this.driver = driverFor(url);
    compactOnce();
  }

  /**
   * Before the pool's first connection: an embedded H2 file that wastes most of its space is
   * rewritten (see {@link H2Compaction}). Once per process, whatever number of sources the
   * container makes.
   */
  private void compactOnce() {
    if (!H2Durability.isH2File(url) || !COMPACTION_CHECKED.compareAndSet(false, true)) {
      return;
    }
    try {
      H2Compaction.compactIfWasteful(driver, url, credentials, H2Compaction.MIN_FILE_BYTES);
    } catch (SQLException e) {
      // the hub runs on an uncompacted file as before: only its size suffers
      LOG.log(Level.WARNING, "could not check or compact the database file", e);
    }
  }

  /** Finds the driver among those packaged with the application, not the server's. */
  private static Driver driverFor(String url) {
    for (Driver candidate :
        ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
      try {
        if (candidate.acceptsURL(url)) {
          return candidate;
        }
      } catch (SQLException e) {
        // a driver that cannot judge the URL is not the one
      }
    }
    throw new IllegalStateException("No JDBC driver for " + url.replaceAll("\\?.*", ""));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return driver.connect(url, credentials);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    driverSettings(url, properties);
    return driver.connect(url, properties);
  }

  /**
   * PostgreSQL sends a batch of inserts as one multi-row insert rather than a statement per row: a
   * harvest writes some forty rows per dataset. A setting the URL gives wins.
   */
  static void driverSettings(String url, Properties properties) {
    if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
      properties.setProperty("reWriteBatchedInserts", "true");
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
