package eu.imaginghub.harvester.fetch.application;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.FetchedRecord;
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
      if (isLaterDuplicate(record, document)) {
        continue;
      }
      if (records.size() >= maxRecords) {
        throw new FetchException(
            url,
            url + ": the source holds more than " + maxRecords + " records, the limit per harvest");
      }
      records.add(new FetchedRecord(record, url, parsed.page().receivedAt()));
    }
  }

  /** Whether the source already gave a record with this local id in an earlier document. */
  private boolean isLaterDuplicate(HarvestedRecord record, int document) {
    if (record.localId() == null) {
      return false;
    }
    Integer first = documentOfId.putIfAbsent(record.localId(), document);
    if (first == null || first == document) {
      return false;
    }
    findings.add(
        Finding.violation(
            record.subject(),
            IDENTIFIER,
            "local id "
                + record.localId()
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
