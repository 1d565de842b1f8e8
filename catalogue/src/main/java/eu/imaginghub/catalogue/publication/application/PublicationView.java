package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.ZenodoProblem;
import java.time.Instant;
import java.util.List;

/**
 * A publication as operators see it, with what the viewer may do with it; the API answers it as it
 * is.
 */
public record PublicationView(
    String id,
    String datasetId,
    String datasetTitle,
    int version,
    String kind,
    String state,
    String step,
    Long depositionId,
    String doi,
    String conceptDoi,
    String recordUrl,
    String reason,
    int attempts,
    Instant nextAttemptAt,
    ZenodoError lastError,
    Instant createdAt,
    Instant updatedAt,
    List<String> allowedActions) {

  /** Zenodo's answer to the last failed step, with its refused fields in plain words too. */
  public record ZenodoError(
      int status, String message, List<ZenodoProblem.Field> fields, String text) {

    static ZenodoError of(ZenodoProblem p) {
      return new ZenodoError(p.status(), p.message(), p.fields(), p.inWords());
    }
  }

  static PublicationView of(Publication p, String title) {
    boolean running =
        p.state() == Publication.State.WAITING
            || p.state() == Publication.State.DEPOSITING
            || p.state() == Publication.State.RETRYING;
    return new PublicationView(
        p.id(),
        p.datasetId(),
        title,
        p.version(),
        p.kind().name(),
        p.state().name(),
        p.step().name(),
        p.depositionId().orElse(null),
        p.state() == Publication.State.PUBLISHED || p.kind() == Publication.Kind.INVALIDATE
            ? p.doi()
            : p.reservedDoi(),
        p.conceptDoi(),
        p.recordUrl(),
        p.reason(),
        p.attempts(),
        running ? p.nextAttemptAt() : null,
        p.lastError().map(ZenodoError::of).orElse(null),
        p.createdAt(),
        p.updatedAt(),
        p.state() == Publication.State.FAILED ? List.of("retry") : List.of());
  }
}
