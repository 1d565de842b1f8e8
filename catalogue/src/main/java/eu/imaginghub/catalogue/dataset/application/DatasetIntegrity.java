package eu.imaginghub.catalogue.dataset.application;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetFingerprint;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.tracer.trace.application.LatestTrace;
import eu.imaginghub.tracer.trace.application.TraceQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Compares a dataset record as stored now with the fingerprint its newest trace recorded: a
 * mismatch means the record was changed without going through the catalogue.
 */
@ApplicationScoped
@Transactional
public class DatasetIntegrity {

  /** The outcome; {@code tracedHash} is null for a record no trace names. */
  public record Report(
      String datasetId,
      String currentHash,
      String tracedHash,
      String traceId,
      String traceAction,
      boolean intact) {}

  @Inject DatasetCatalogue catalogue;
  @Inject TraceQueries traces;

  public Report check(DatasetId id, Viewer viewer) {
    Dataset dataset = catalogue.visible(id, viewer);
    String current = DatasetFingerprint.of(dataset.status(), dataset.description());
    Optional<LatestTrace> latest = traces.latestFor(id.value());
    String traced = latest.flatMap(t -> t.contentHashes().stream().findFirst()).orElse(null);
    return new Report(
        id.value(),
        current,
        traced,
        latest.map(t -> t.id().toString()).orElse(null),
        latest.map(t -> t.action().name()).orElse(null),
        current.equals(traced));
  }
}
