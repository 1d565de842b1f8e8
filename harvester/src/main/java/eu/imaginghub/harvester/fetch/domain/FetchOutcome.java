package eu.imaginghub.harvester.fetch.domain;

import eu.imaginghub.harvester.record.domain.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a fetch gave, all or nothing: the source is unchanged, or every record of every page was
 * read, or the fetch failed and the caller changes nothing.
 */
public sealed interface FetchOutcome
    permits FetchOutcome.NotModified, FetchOutcome.Complete, FetchOutcome.Failed {

  /** The source answered 304 to the conditional request: nothing to do. */
  record NotModified(String url) implements FetchOutcome {}

  /**
   * Every page and dataset document was read.
   *
   * @param records the records in the order read: pages in link order, then listed-only datasets in
   *     listing order; of two records with one local id from different documents only the first
   * @param findings findings about the documents: duplicate local ids within a document (both
   *     records refused by the reader) and across documents (the later one left out)
   * @param etag the {@code ETag} of the first page, to send next time, or null
   * @param lastModified the {@code Last-Modified} of the first page, or null
   * @param pages how many documents were fetched (pages and dataset documents)
   * @param bytes the size of their bodies together
   */
  record Complete(
      List<FetchedRecord> records,
      List<Finding> findings,
      String etag,
      String lastModified,
      int pages,
      long bytes)
      implements FetchOutcome {

    public Complete {
      records = List.copyOf(records);
      findings = List.copyOf(findings);
    }
  }

  /**
   * The fetch stopped; nothing it read counts.
   *
   * @param message what went wrong, naming the URL
   * @param url the URL it went wrong at
   * @param line the line of a parse error, from 1; -1 when not a parse error or unknown
   * @param column the column of a parse error, from 1; -1 when unknown
   */
  record Failed(String message, String url, long line, long column) implements FetchOutcome {

    public Failed {
      Objects.requireNonNull(message, "message");
    }

    public static Failed of(FetchException e) {
      return new Failed(e.getMessage(), e.url(), e.line(), e.column());
    }
  }
}
