package eu.imaginghub.webapp.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hub a test starts for itself beside the run's shared one, e.g. to kill it with {@code kill -9}
 * and start it again, or to run several on one database. It has a working directory of its own
 * (emptied first, as a fresh installation has none), a data directory, a database (the data
 * directory's embedded one unless another is given), search indexes, a port (a free one unless
 * given), the run's sign-in, and the settings the test adds. {@link #start} gives the running
 * {@link HubProcess}, which the test stops, kills and starts again on the same data.
 */
public final class OwnHub {

  private final Path work;
  private final List<String> settings = new ArrayList<>();
  private Path data;
  private String databaseUrl;
  private String indexPrefix;
  private int port;

  private OwnHub(String name, Path work) {
    this.work = work;
    this.data = work.resolve("data");
    this.indexPrefix = name + "-";
  }

  /** A hub working in {@code <it workdir>/<name>}, emptied now; its indexes are named after it. */
  public static OwnHub named(String name) throws Exception {
    Path work = Path.of(System.getProperty("hub.it.workdir", "target/it")).resolve(name);
    HubProcess.deleteTree(work);
    Files.createDirectories(work);
    return new OwnHub(name, work);
  }

  /** Adds a setting, given to the hub as a system property. */
  public OwnHub set(String key, Object value) {
    settings.add("-D" + key + "=" + value);
    return this;
  }

  /** Adds settings given as JVM options ({@code -Dkey=value}). */
  public OwnHub with(List<String> jvmOptions) {
    settings.addAll(jvmOptions);
    return this;
  }

  /** Another data directory than {@code data} in the working directory. */
  public OwnHub dataDir(Path dir) {
    this.data = dir;
    return this;
  }

  /** Another database than the data directory's embedded one, e.g. one several hubs share. */
  public OwnHub database(String jdbcUrl) {
    this.databaseUrl = jdbcUrl;
    return this;
  }

  /** Other search indexes than those named after the hub, e.g. ones several hubs share. */
  public OwnHub indexPrefix(String prefix) {
    this.indexPrefix = prefix;
    return this;
  }

  /** A given port rather than a free one. */
  public OwnHub port(int value) {
    this.port = value;
    return this;
  }

  public Path work() {
    return work;
  }

  public Path dataDir() {
    return data;
  }

  public String databaseUrl() {
    return databaseUrl != null ? databaseUrl : RunningHub.h2Url(data);
  }

  /** A direct connection to the hub's database, for checks no API offers. */
  public Connection openDatabase() throws SQLException {
    return RunningHub.database(databaseUrl());
  }

  /**
   * Every setting the hub starts with: its data, database, indexes and sign-in, then the test's.
   */
  public List<String> jvmOptions() throws Exception {
    List<String> all = new ArrayList<>();
    all.add("-Dhub.data-dir=" + data);
    all.addAll(RunningHub.databaseSettings(databaseUrl()));
    all.addAll(RunningHub.searchSettings(indexPrefix));
    all.addAll(RunningHub.loginSettings());
    all.addAll(settings);
    return all;
  }

  /** Starts the hub with the settings as they are now and waits until it is ready. */
  public HubProcess start(String logName) throws Exception {
    return HubProcess.start(jvmOptions(), port, work.resolve(logName));
  }
}
