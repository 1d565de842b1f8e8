package eu.imaginghub.harvester.run.api;

import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.RunError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A run report as the API shows it; a held run lists the local ids it would withdraw. */
public record HarvestRunJson(
    String id,
    String node,
    String trigger,
    String status,
    String sourceUrl,
    int added,
    int updated,
    int unchanged,
    int withdrawn,
    int invalid,
    List<RunError> errors,
    List<String> heldWithdrawals,
    Instant startedAt,
    Instant finishedAt,
    Long durationMillis) {

  public static HarvestRunJson of(HarvestRun r) {
    return new HarvestRunJson(
        r.id(),
        r.nodeId(),
        r.trigger().name(),
        r.status().name(),
        r.sourceUrl().orElse(null),
        r.added(),
        r.updated(),
        r.unchanged(),
        r.withdrawn(),
        r.invalid(),
        r.errors(),
        r.heldLocalIds(),
        r.startedAt(),
        r.finishedAt().orElse(null),
        r.finishedAt().map(end -> Duration.between(r.startedAt(), end).toMillis()).orElse(null));
  }
}
