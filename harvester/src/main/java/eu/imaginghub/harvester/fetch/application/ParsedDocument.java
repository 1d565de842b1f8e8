package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.infrastructure.PageResponse;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;

/** A fetched document and what the reader found in it. */
record ParsedDocument(PageResponse page, HarvestedDocument document) {

  String url() {
    return page.url().toString();
  }
}
