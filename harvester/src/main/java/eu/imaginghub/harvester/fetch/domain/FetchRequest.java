package eu.imaginghub.harvester.fetch.domain;

import java.net.URI;
import java.util.Objects;

/**
 * One fetch of a harvest source.
 *
 * @param url the first page of the source
 * @param format how its documents are read
 * @param etag the {@code ETag} the source sent with its first page last time, or null
 * @param lastModified the {@code Last-Modified} it sent last time, or null
 */
public record FetchRequest(URI url, SourceFormat format, String etag, String lastModified) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
  }

  /** An unconditional fetch. */
  public static FetchRequest of(URI url, SourceFormat format) {
    return new FetchRequest(url, format, null, null);
  }
}
