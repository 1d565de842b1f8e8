package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Fetches the documents of the datasets a catalogue only lists (the FAIR Data Point layout), at
 * most the configured number at once. The first failure stops the others: the fetch fails as a
 * whole.
 */
final class DatasetDereferencer {

  private final int concurrency;

  DatasetDereferencer(int concurrency) {
    this.concurrency = concurrency;
  }

  /** The documents of the given IRIs, in the order given. */
  List<ParsedDocument> fetchAll(List<URI> iris, DocumentSource source) {
    if (iris.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = ReaderThreads.pool("dereference", Math.min(concurrency, iris.size()));
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

  private record Indexed(int index, ParsedDocument document) {}
}
