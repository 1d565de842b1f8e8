package eu.imaginghub.webapp.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Puts what the embedded H2 database has committed on the disk, for writes the hub is about to
 * acknowledge.
 *
 * <p>H2's MVStore has no write-ahead log: a commit stays in memory until its background writer
 * stores it, up to {@code WRITE_DELAY} (500 ms) later, so a hub killed in that window lost pushes
 * it had already answered. Storing at every commit instead ({@code WRITE_DELAY=0}) writes a chunk
 * per transaction, background ones included, and the file then grows by tens of kilobytes per
 * commit. So the hub stores only before it answers a write: {@code CHECKPOINT SYNC} writes what is
 * committed and forces it to the disk. Answers waiting at the same time share one checkpoint: a
 * checkpoint that started after a caller arrived covers that caller's commits.
 */
public final class H2Durability {

  private final DataSource dataSource;
  private final AtomicLong arrivals = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private long covered;

  H2Durability(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static boolean isH2File(String url) {
    return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
  }

  /** Returns once every transaction committed before the call is on the disk. */
  public void awaitDurable() throws SQLException {
    long arrival = arrivals.incrementAndGet();
    lock.lock();
    try {
      if (covered >= arrival) {
        return; // a checkpoint that began after this call arrived has completed
      }
      long covering = arrivals.get();
      checkpoint();
      covered = covering;
    } finally {
      lock.unlock();
    }
  }

  /** Callers waiting for the checkpoint in progress to end. */
  int queued() {
    return lock.getQueueLength();
  }

  private void checkpoint() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    }
  }
}
