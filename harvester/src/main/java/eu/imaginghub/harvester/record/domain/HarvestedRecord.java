package eu.imaginghub.harvester.record.domain;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import java.util.List;

/**
 * One dataset as harvested from a node's document.
 *
 * @param localId the node's id of the dataset (see {@link LocalIds}), null when none could be
 *     derived (then there is a violation)
 * @param subject the IRI of the dataset resource in the document, null for a blank node
 * @param description the mapped description, null when the record could not be mapped
 * @param status the status to store the record with (see {@link HarvestStatus}), null when rejected
 * @param rawRecord the record as received: its graph in canonical N-Triples (sorted lines, blank
 *     nodes labelled by content), so equal content gives equal text
 * @param contentHash lower-case hex SHA-256 of {@code rawRecord}: independent of triple order and
 *     blank-node labels in the source document
 * @param warnings findings that do not stop the record
 * @param violations findings that reject the record
 * @param validation the SHACL validation of the record graph (its report as Turtle on demand)
 * @param knownUnchanged its content hash equals that of a record the hub holds: it was neither
 *     mapped nor validated again (no description, status or validation)
 */
public record HarvestedRecord(
    String localId,
    String subject,
    DatasetDescription description,
    LifecycleStatus status,
    String rawRecord,
    String contentHash,
    List<Finding> warnings,
    List<Finding> violations,
    ProfileReport validation,
    boolean knownUnchanged) {

  public HarvestedRecord {
    warnings = List.copyOf(warnings);
    violations = List.copyOf(violations);
  }

  /** A record whose content the hub already holds under this local id. */
  public static HarvestedRecord unchanged(
      String localId, String subject, String rawRecord, String contentHash) {
    return new HarvestedRecord(
        localId, subject, null, null, rawRecord, contentHash, List.of(), List.of(), null, true);
  }

  /** Whether the record may be stored: it has an id, a description and no violation. */
  public boolean accepted() {
    return violations.isEmpty() && localId != null && description != null;
  }
}
