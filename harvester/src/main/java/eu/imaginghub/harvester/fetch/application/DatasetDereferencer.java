package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches the documents of the datasets a catalogue only lists (the FAIR Data Point layout), at
 * most the configured number at once. The first failure stops the others: the fetch fails as a
 * whole.
 */
final class DatasetDereferencer {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int concurrency;

  DatasetDereferencer(int concurrency) {
    this.concurrency = concurrency;
  }

  /** The documents of the given IRIs, in the order given. */
  List<ParsedDocument> fetchAll(List<URI> iris, DocumentSource source) {
    if (iris.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = pool(Math.min(concurrency, iris.size()));
    try {
      CompletionService<Indexed> done = new ExecutorCompletionService<>(pool);
      for (int i = 0; i < iris.size(); i++) {
        int index = i;
        done.submit(() -> new Indexed(index, source.fetch(iris.get(index))));
      }
      ParsedDocument[] documents = new ParsedDocument[iris.size()];
      for (int i = 0; i < iris.size(); i++) {
        Indexed result = take(done, iris.get(0));
        documents[result.index()] = result.document();
      }
      return List.of(documents);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Indexed take(CompletionService<Indexed> done, URI any) {
    try {
      Future<Indexed> next = done.take();
      return next.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof FetchException f) {
        throw f;
      }
      throw new FetchException(any.toString(), "dereferencing datasets failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(any.toString(), "dereferencing datasets was interrupted", e);
    }
  }

  private static ExecutorService pool(int threads) {
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "harvester-dereference-" + id + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  private record Indexed(int index, ParsedDocument document) {}
}
