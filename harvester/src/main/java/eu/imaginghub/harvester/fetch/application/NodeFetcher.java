package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.FetchOutcome;
import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import eu.imaginghub.harvester.fetch.infrastructure.HttpPageClient;
import eu.imaginghub.harvester.fetch.infrastructure.PageResponse;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Fetches a node's harvest source, all or nothing. The first page is requested conditionally (a 304
 * ends the fetch); then every page the catalogue links to, each once, up to the page limit (see
 * {@link PageWalker}); then the documents of the datasets the pages only list, with bounded
 * concurrency. Any fault anywhere makes the outcome {@link FetchOutcome.Failed}. Thread-safe: one
 * instance, with its one HTTP client, serves all sources.
 */
public final class NodeFetcher {

  private final FetchSettings settings;
  private final HttpPageClient http;
  private final DcatDocumentImport reader;
  private final DatasetDereferencer dereferencer;

  public NodeFetcher(FetchSettings settings, DcatDocumentImport reader, Clock clock) {
    this.settings = settings;
    this.reader = reader;
    this.http = new HttpPageClient(settings, clock);
    this.dereferencer = new DatasetDereferencer(settings.concurrency());
  }

  /** A fetcher with its own document reader and the system clock. */
  public NodeFetcher(FetchSettings settings) {
    this(settings, new DcatDocumentImport(), Clock.systemUTC());
  }

  /**
   * Refuses a source URL the fetch would refuse for its address, when it is saved rather than only
   * when a run starts; a host that does not resolve yet is left for the run to report.
   *
   * @throws FetchException naming the URL and why it may not be fetched
   */
  public void checkSourceAddress(URI url) {
    http.policy().checkUnlessUnknown(url);
  }

  /** Fetches the source; never throws for anything the source or the network does. */
  public FetchOutcome fetch(FetchRequest request) {
    try {
      return run(request);
    } catch (FetchException e) {
      return FetchOutcome.Failed.of(e);
    }
  }

  private FetchOutcome run(FetchRequest request) {
    DocumentSource source = new DocumentSource(http, reader, request.format(), request.known());
    PageResponse first = source.get(request.url(), request.etag(), request.lastModified());
    if (first.notModified()) {
      return new FetchOutcome.NotModified(first.url().toString());
    }
    RecordCollector collector = new RecordCollector(settings.maxRecords());
    Set<URI> listed =
        new PageWalker(source, collector, settings.maxPages(), settings.concurrency())
            .walk(request.url(), first);
    if (collector.records().size() + listed.size() > settings.maxRecords()) {
      throw new FetchException(
          request.url().toString(),
          request.url()
              + ": the source lists more than "
              + settings.maxRecords()
              + " records, the limit per harvest");
    }
    dereferencer.fetchAll(List.copyOf(listed), source).forEach(collector::add);
    return new FetchOutcome.Complete(
        collector.records(),
        collector.findings(),
        first.etag(),
        first.lastModified(),
        collector.documents(),
        collector.bytes());
  }
}
