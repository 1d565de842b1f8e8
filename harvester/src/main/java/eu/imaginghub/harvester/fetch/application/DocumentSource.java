package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.SourceFormat;
import eu.imaginghub.harvester.fetch.infrastructure.HttpPageClient;
import eu.imaginghub.harvester.fetch.infrastructure.PageResponse;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gets one document of a source and reads it, turning every fault into a {@link FetchException}.
 */
final class DocumentSource {

  private final HttpPageClient http;
  private final DcatDocumentImport reader;
  private final SourceFormat format;

  DocumentSource(HttpPageClient http, DcatDocumentImport reader, SourceFormat format) {
    this.http = http;
    this.reader = reader;
    this.format = format;
  }

  /** Gets a document, conditionally when validators are given (either may be null). */
  PageResponse get(URI url, String etag, String lastModified) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", format.accept());
    if (etag != null) {
      headers.put("If-None-Match", etag);
    }
    if (lastModified != null) {
      headers.put("If-Modified-Since", lastModified);
    }
    return http.get(url, headers);
  }

  /** Gets a document and reads it. */
  ParsedDocument fetch(URI url) {
    PageResponse page = get(url, null, null);
    if (page.notModified()) {
      throw new FetchException(
          url.toString(), url + ": HTTP status 304 to an unconditional request");
    }
    return read(page);
  }

  ParsedDocument read(PageResponse page) {
    String url = page.url().toString();
    try {
      return new ParsedDocument(
          page, reader.read(page.body(), format.readAs(page.contentType()), url));
    } catch (RecordParseException e) {
      String at = e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
      throw new FetchException(url, url + ": " + e.getMessage() + at, e.line(), e.column(), e);
    } catch (RuntimeException e) {
      // whatever the reader trips over in a hostile document fails the fetch, not the caller
      throw new FetchException(url, url + ": the document cannot be read: " + e, e);
    }
  }
}
