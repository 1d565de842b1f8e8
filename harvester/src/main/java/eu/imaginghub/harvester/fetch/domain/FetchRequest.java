package eu.imaginghub.harvester.fetch.domain;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One fetch of a harvest source.
 *
 * @param url the first page of the source
 * @param format how its documents are read
 * @param etag the {@code ETag} the source sent with its first page last time, or null
 * @param lastModified the {@code Last-Modified} it sent last time, or null
 * @param known content hash to local id of the records the hub holds from this source: an RDF
 *     record with one of these hashes is taken as that record, unchanged, without being mapped or
 *     validated again
 */
public record FetchRequest(
    URI url, SourceFormat format, String etag, String lastModified, Map<String, String> known) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
    known = Map.copyOf(known);
  }

  /** A fetch that knows no records yet. */
  public FetchRequest(URI url, SourceFormat format, String etag, String lastModified) {
    this(url, format, etag, lastModified, Map.of());
  }

  /** The same fetch, knowing the given records. */
  public FetchRequest knowing(Map<String, String> records) {
    return new FetchRequest(url, format, etag, lastModified, records);
  }

  /** An unconditional fetch. */
  public static FetchRequest of(URI url, SourceFormat format) {
    return new FetchRequest(url, format, null, null);
  }
}
