package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.fetch.domain.SourceFormat;
import eu.imaginghub.harvester.fetch.infrastructure.HttpPageClient;
import eu.imaginghub.harvester.fetch.infrastructure.HubJsonReader;
import eu.imaginghub.harvester.fetch.infrastructure.PageResponse;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gets one document of a source and reads it, turning every fault into a {@link FetchException}.
 */
final class DocumentSource {

  private final HttpPageClient http;
  private final DcatDocumentImport reader;
  private final SourceFormat format;
  private final Map<String, String> known;

  DocumentSource(
      HttpPageClient http,
      DcatDocumentImport reader,
      SourceFormat format,
      Map<String, String> known) {
    this.http = http;
    this.reader = reader;
    this.format = format;
    this.known = known;
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
    return read(get(url));
  }

  /** Gets a document unconditionally. */
  PageResponse get(URI url) {
    PageResponse page = get(url, null, null);
    if (page.notModified()) {
      throw new FetchException(
          url.toString(), url + ": HTTP status 304 to an unconditional request");
    }
    return page;
  }

  /**
   * Reads a fetched document. An empty body, or plain JSON that holds no JSON-LD dataset, fails:
   * taken as an empty catalogue, it would make a complete harvest withdraw every record.
   */
  ParsedDocument read(PageResponse page) {
    String url = page.url().toString();
    if (new String(page.body(), StandardCharsets.UTF_8).isBlank()) {
      throw new FetchException(url, url + ": the document is empty");
    }
    String mediaType = format.readAs(page.contentType());
    Optional<List<JsonRecord>> json = hubJson(page, mediaType);
    if (json.isPresent()) {
      return ParsedDocument.ofJson(page, json.get());
    }
    HarvestedDocument document = parse(page, mediaType);
    if (isPlainJson(mediaType) && isEmpty(document)) {
      throw new FetchException(
          url,
          url
              + ": application/json with neither a JSON-LD dataset nor records of the hub's JSON"
              + " format");
    }
    return new ParsedDocument(page, document);
  }

  /** The records of a document in the hub's JSON record format; empty for any other document. */
  private Optional<List<JsonRecord>> hubJson(PageResponse page, String mediaType) {
    return parsing(page, () -> HubJsonReader.records(page.body(), mediaType, format.hubJson()));
  }

  private HarvestedDocument parse(PageResponse page, String mediaType) {
    return parsing(page, () -> reader.read(page.body(), mediaType, page.url().toString(), known));
  }

  private static <T> T parsing(PageResponse page, Supplier<T> read) {
    String url = page.url().toString();
    try {
      return read.get();
    } catch (RecordParseException e) {
      String at = e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
      throw new FetchException(url, url + ": " + e.getMessage() + at, e.line(), e.column(), e);
    } catch (RuntimeException e) {
      // whatever the reader trips over in a hostile document fails the fetch, not the caller
      throw new FetchException(url, url + ": the document cannot be read: " + e, e);
    }
  }

  private static boolean isPlainJson(String mediaType) {
    return "application/json".equals(HubJsonReader.bareType(mediaType));
  }

  private static boolean isEmpty(HarvestedDocument document) {
    return document.records().isEmpty()
        && document.listedOnly().isEmpty()
        && document.nextPages().isEmpty();
  }
}
