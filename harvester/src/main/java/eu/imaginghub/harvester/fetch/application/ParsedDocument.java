package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.fetch.infrastructure.PageResponse;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import java.util.List;

/** A fetched document and what the reader found in it: RDF, or records of the hub's JSON format. */
record ParsedDocument(PageResponse page, HarvestedDocument document, List<JsonRecord> json) {

  ParsedDocument(PageResponse page, HarvestedDocument document) {
    this(page, document, List.of());
  }

  static ParsedDocument ofJson(PageResponse page, List<JsonRecord> records) {
    return new ParsedDocument(
        page, new HarvestedDocument(List.of(), List.of(), List.of(), List.of()), records);
  }

  String url() {
    return page.url().toString();
  }
}
