package eu.imaginghub.harvester.fetch.application;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The short-lived daemon threads one fetch reads documents on, beside its own. */
final class ReaderThreads {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private ReaderThreads() {}

  static ExecutorService pool(String purpose, int threads) {
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        r -> {
          Thread t = new Thread(r, "harvester-" + purpose + "-" + id + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
