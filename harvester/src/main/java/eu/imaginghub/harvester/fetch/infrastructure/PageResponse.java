package eu.imaginghub.harvester.fetch.infrastructure;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A document as the harvest source sent it, or its answer that it has not changed.
 *
 * @param url the URL it came from, after redirects
 * @param notModified whether the source answered 304 (then there is no body)
 * @param contentType the response's Content-Type, or null
 * @param etag the response's ETag, or null
 * @param lastModified the response's Last-Modified, or null
 * @param nextLinks the {@code Link: rel="next"} targets, resolved against {@code url}
 * @param body the body, empty for 304
 * @param receivedAt when the response arrived
 */
public record PageResponse(
    URI url,
    boolean notModified,
    String contentType,
    String etag,
    String lastModified,
    List<URI> nextLinks,
    byte[] body,
    Instant receivedAt) {

  public PageResponse {
    nextLinks = List.copyOf(nextLinks);
  }
}
