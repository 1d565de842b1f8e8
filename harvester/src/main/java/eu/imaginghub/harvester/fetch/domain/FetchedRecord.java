package eu.imaginghub.harvester.fetch.domain;

import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * A harvested record with where and when it was fetched.
 *
 * @param record the record as read from its document
 * @param sourceUrl the URL of the page or dataset document it came from (after redirects)
 * @param fetchedAt when that document's response arrived
 */
public record FetchedRecord(HarvestedRecord record, String sourceUrl, Instant fetchedAt) {

  public FetchedRecord {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}
