package eu.imaginghub.harvester.push.domain;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.harvester.provenance.domain.ReceivedRecord;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.LocalIds;
import java.util.ArrayList;
import java.util.List;

/**
 * One record a node pushed, read and validated, ready to store or to refuse.
 *
 * @param localId the node's id of the dataset, null when none could be read
 * @param description the mapped description, null when it could not be mapped
 * @param status the status to store it with, null when refused
 * @param received the record as received, for its provenance
 * @param warnings findings that do not stop the record
 * @param violations findings that refuse the record
 * @param knownUnchanged a pulled record whose content the hub already holds under this local id:
 *     not mapped again, it has no description and is stored as unchanged or not at all
 */
public record PushedRecord(
    String localId,
    DatasetDescription description,
    LifecycleStatus status,
    ReceivedRecord received,
    List<Finding> warnings,
    List<Finding> violations,
    boolean knownUnchanged) {

  public PushedRecord {
    warnings = List.copyOf(warnings);
    violations = List.copyOf(violations);
  }

  public PushedRecord(
      String localId,
      DatasetDescription description,
      LifecycleStatus status,
      ReceivedRecord received,
      List<Finding> warnings,
      List<Finding> violations) {
    this(localId, description, status, received, warnings, violations, false);
  }

  /** Whether the record may be stored. */
  public boolean accepted() {
    return violations.isEmpty()
        && LocalIds.isValid(localId)
        && description != null
        && status != null;
  }

  /** The same record refused for one more reason. */
  public PushedRecord refused(Finding violation) {
    List<Finding> more = new ArrayList<>(violations);
    more.add(violation);
    return new PushedRecord(localId, description, null, received, warnings, more);
  }

  /** The same record under the given local id (for a record that names none itself). */
  public PushedRecord identified(String id) {
    return new PushedRecord(
        id, description, status, received, warnings, violations, knownUnchanged);
  }
}
