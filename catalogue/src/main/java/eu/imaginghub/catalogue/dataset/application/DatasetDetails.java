package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleState;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.problem.FieldProblem;
import java.time.Instant;
import java.util.List;

/**
 * A dataset as read by the web layer, at its current version: detached from persistence, with its
 * profile warnings. {@code doi} is the current version's DOI, {@code conceptDoi} the one naming all
 * versions; {@code invalidation} is null unless it was invalidated.
 */
public record DatasetDetails(
    DatasetId id,
    String nodeId,
    String nodeName,
    String country,
    String localId,
    LifecycleStatus status,
    DatasetDescription description,
    String doi,
    Instant created,
    Instant updated,
    long revision,
    List<FieldProblem> warnings,
    int version,
    String conceptDoi,
    String recordUrl,
    Invalidation invalidation,
    boolean everPublished) {

  static DatasetDetails of(Dataset d) {
    return of(d, DescriptionsRead.Described.of(d));
  }

  /** The details of a dataset whose description was read already. */
  static DatasetDetails of(Dataset d, DescriptionsRead.Described read) {
    DatasetDescription description = read.description();
    LifecycleState state = d.lifecycle();
    return new DatasetDetails(
        d.id(),
        d.node().id().value(),
        d.node().name(),
        d.node().country(),
        d.localId(),
        d.status(),
        description,
        d.doi().orElse(null),
        d.createdAt(),
        d.updatedAt(),
        d.revision(),
        read.warnings(),
        state.version(),
        state.conceptDoi().orElse(null),
        state.recordUrl().orElse(null),
        Invalidation.of(state),
        state.everPublished());
  }
}
