package eu.imaginghub.harvester.fetch.domain;

import java.util.Objects;

/**
 * One record of a document in the hub's own JSON record format (the push format), as fetched: its
 * JSON text, read into a dataset only when the run stores it.
 *
 * @param localId the record's {@code localId}, null when it names none
 * @param json the record's JSON object as text
 */
public record JsonRecord(String localId, String json) {

  public JsonRecord {
    Objects.requireNonNull(json, "json");
  }
}
