package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.FetchedRecord;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the records of the documents of one fetch, in the order read, under the record limit. A
 * local id seen in an earlier document keeps its first record; the later one is left out and
 * reported. Duplicates within one document are the reader's to judge (it refuses both).
 */
final class RecordCollector {

  private static final String IDENTIFIER = "http://purl.org/dc/terms/identifier";

  private final int maxRecords;
  private final List<FetchedRecord> records = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Integer> documentOfId = new HashMap<>();
  private final List<String> documentUrls = new ArrayList<>();
  private long bytes;

  RecordCollector(int maxRecords) {
    this.maxRecords = maxRecords;
  }

  void add(ParsedDocument parsed) {
    int document = documentUrls.size();
    String url = parsed.url();
    documentUrls.add(url);
    bytes += parsed.page().body().length;
    findings.addAll(parsed.document().findings());
    for (HarvestedRecord record : parsed.document().records()) {
      add(new FetchedRecord(record, url, parsed.page().receivedAt()), record.subject(), document);
    }
    for (JsonRecord record : parsed.json()) {
      add(new FetchedRecord(record, url, parsed.page().receivedAt()), null, document);
    }
  }

  private void add(FetchedRecord record, String subject, int document) {
    if (isLaterDuplicate(record.localId(), subject, document)) {
      return;
    }
    if (records.size() >= maxRecords) {
      String url = record.sourceUrl();
      throw new FetchException(
          url,
          url + ": the source holds more than " + maxRecords + " records, the limit per harvest");
    }
    records.add(record);
  }

  /** Whether the source already gave a record with this local id in an earlier document. */
  private boolean isLaterDuplicate(String localId, String subject, int document) {
    if (localId == null) {
      return false;
    }
    Integer first = documentOfId.putIfAbsent(localId, document);
    if (first == null || first == document) {
      return false;
    }
    findings.add(
        Finding.violation(
            subject,
            IDENTIFIER,
            "local id "
                + localId
                + " in "
                + documentUrls.get(document)
                + " was already read from "
                + documentUrls.get(first)
                + "; the later record is left out"));
    return true;
  }

  List<FetchedRecord> records() {
    return records;
  }

  List<Finding> findings() {
    return findings;
  }

  int documents() {
    return documentUrls.size();
  }

  long bytes() {
    return bytes;
  }
}
