package eu.imaginghub.harvester.provenance.domain;

/**
 * A record as the hub received it, for its provenance.
 *
 * @param contentHash lower-case hex SHA-256 of the canonical record
 * @param mediaType the syntax of {@code rawRecord}
 * @param rawRecord the record as received (RDF as canonical N-Triples, JSON as sent)
 * @param warningsJson the validation warnings as a JSON array
 * @param shaclReport the SHACL validation report as Turtle, null when the record was not RDF or the
 *     report has no result
 */
public record ReceivedRecord(
    String contentHash,
    String mediaType,
    String rawRecord,
    String warningsJson,
    String shaclReport) {}
