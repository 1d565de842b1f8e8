package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.infrastructure.PageResponse;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Walks the pages of one catalogue: every page the catalogue links to (Hydra {@code next} / {@code
 * nextPage} in the document, {@code Link: rel="next"} headers), each once, up to the page limit.
 * Reading a page (parsing, mapping, validating) costs far more than getting it, so a page whose
 * headers already name the next one is read on the reader threads while the walk gets the next; a
 * page that names its successor only in its body is read before the walk goes on. Records are
 * collected in page order either way.
 */
final class PageWalker {

  private final DocumentSource source;
  private final RecordCollector collector;
  private final int maxPages;
  private final int readers;

  PageWalker(DocumentSource source, RecordCollector collector, int maxPages, int readers) {
    this.source = source;
    this.collector = collector;
    this.maxPages = maxPages;
    this.readers = readers;
  }

  /** Reads the first page and those it leads to; returns the IRIs of listed-only datasets. */
  Set<URI> walk(URI start, PageResponse first) {
    ExecutorService pool = ReaderThreads.pool("pages", readers);
    try {
      return walk(start, first, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private Set<URI> walk(URI start, PageResponse first, ExecutorService pool) {
    Set<String> seen = new HashSet<>(List.of(key(start), key(first.url())));
    Set<URI> listed = new LinkedHashSet<>();
    Deque<URI> queue = new ArrayDeque<>();
    List<Future<ParsedDocument>> reading = new ArrayList<>();
    int collected = 0;
    PageResponse page = first;
    int pages = 1;
    while (true) {
      reading.add(read(page, pool));
      enqueue(page.nextLinks(), seen, queue);
      // without a next page from the headers, collect what is read: bodies may name more pages
      while (queue.isEmpty() && collected < reading.size()) {
        ParsedDocument parsed = await(reading.get(collected++), page);
        collector.add(parsed);
        listed.addAll(uris(parsed.document().listedOnly(), parsed.url()));
        enqueue(uris(parsed.document().nextPages(), parsed.url()), seen, queue);
      }
      if (queue.isEmpty()) {
        return listed;
      }
      if (pages >= maxPages) {
        throw new FetchException(
            page.url().toString(),
            start + ": the catalogue has more than " + maxPages + " pages, the limit");
      }
      page = source.get(queue.poll());
      pages++;
      seen.add(key(page.url()));
    }
  }

  private Future<ParsedDocument> read(PageResponse page, ExecutorService pool) {
    if (page.nextLinks().isEmpty()) {
      return CompletableFuture.completedFuture(source.read(page));
    }
    return pool.submit(() -> source.read(page));
  }

  private static ParsedDocument await(Future<ParsedDocument> reading, PageResponse current) {
    try {
      return reading.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof FetchException f) {
        throw f;
      }
      String url = current.url().toString();
      throw new FetchException(url, url + ": reading a page failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      String url = current.url().toString();
      throw new FetchException(url, url + ": the fetch was interrupted", e);
    }
  }

  private static void enqueue(Collection<URI> next, Set<String> seen, Deque<URI> queue) {
    for (URI uri : next) {
      if (seen.add(key(uri))) {
        queue.add(uri);
      }
    }
  }

  private static List<URI> uris(List<String> iris, String from) {
    List<URI> result = new ArrayList<>();
    for (String iri : iris) {
      try {
        result.add(URI.create(iri));
      } catch (IllegalArgumentException e) {
        throw new FetchException(from, from + ": links to an invalid IRI " + iri, e);
      }
    }
    return result;
  }

  /** Pages are told apart by their normalised URI without fragment. */
  private static String key(URI uri) {
    String text = uri.normalize().toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }
}
