package eu.imaginghub.catalogue.publication.api;

import eu.imaginghub.catalogue.publication.application.PublicationView;
import eu.imaginghub.catalogue.publication.domain.ZenodoProblem;
import java.time.Instant;
import java.util.List;

/** A publication as the API shows it. */
public record PublicationJson(
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
    Error lastError,
    Instant createdAt,
    Instant updatedAt,
    List<String> allowedActions) {

  /** Zenodo's answer to the last failed step, its refused fields in plain words. */
  public record Error(int status, String message, List<Field> fields, String text) {}

  /** One refused field. */
  public record Field(String field, String message) {}

  static PublicationJson of(PublicationView v) {
    return new PublicationJson(
        v.id(),
        v.datasetId(),
        v.datasetTitle(),
        v.version(),
        v.kind(),
        v.state(),
        v.step(),
        v.depositionId(),
        v.doi(),
        v.conceptDoi(),
        v.recordUrl(),
        v.reason(),
        v.attempts(),
        v.nextAttemptAt(),
        error(v.lastError()),
        v.createdAt(),
        v.updatedAt(),
        v.allowedActions());
  }

  private static Error error(ZenodoProblem p) {
    if (p == null) {
      return null;
    }
    return new Error(
        p.status(),
        p.message(),
        p.fields().stream().map(f -> new Field(f.field(), f.message())).toList(),
        p.inWords());
  }
}
