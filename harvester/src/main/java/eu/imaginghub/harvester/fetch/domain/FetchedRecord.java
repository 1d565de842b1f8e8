package eu.imaginghub.harvester.fetch.domain;

import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * A harvested record with where and when it was fetched: read from RDF, or a record of the hub's
 * JSON format.
 *
 * @param record the record as read from an RDF document, or null for a JSON record
 * @param json the record of a JSON document, or null for an RDF record
 * @param sourceUrl the URL of the page or dataset document it came from (after redirects)
 * @param fetchedAt when that document's response arrived
 */
public record FetchedRecord(
    HarvestedRecord record, JsonRecord json, String sourceUrl, Instant fetchedAt) {

  public FetchedRecord {
    if ((record == null) == (json == null)) {
      throw new IllegalArgumentException("a fetched record is either RDF or JSON");
    }
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }

  public FetchedRecord(HarvestedRecord record, String sourceUrl, Instant fetchedAt) {
    this(record, null, sourceUrl, fetchedAt);
  }

  public FetchedRecord(JsonRecord json, String sourceUrl, Instant fetchedAt) {
    this(null, json, sourceUrl, fetchedAt);
  }

  /** The node's id of the record, null when it has none. */
  public String localId() {
    return record != null ? record.localId() : json.localId();
  }
}
