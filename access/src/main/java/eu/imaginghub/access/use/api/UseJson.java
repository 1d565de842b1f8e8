package eu.imaginghub.access.use.api;

import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.InvalidUseException;
import eu.imaginghub.access.use.domain.Tool;
import eu.imaginghub.access.use.domain.TrainedModel;
import eu.imaginghub.access.use.domain.UseKind;
import eu.imaginghub.access.use.domain.UseRequest;
import eu.imaginghub.catalogue.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A checked or reported use as the API shows it. A check says whether it is {@code allowed}; a
 * report whether the use that ran was {@code entitled}; both give the reason, the entitlements that
 * allowed each dataset and the trace that records them.
 *
 * @param user the person as the node named them
 * @param userSubject the person as the hub knows them, absent when unknown
 * @param allowedActions {@code report} on an allowed check (the use may run, then be reported),
 *     {@code lineage} on a report naming a model
 */
public record UseJson(
    String id,
    String kind,
    Boolean allowed,
    boolean entitled,
    String reason,
    List<String> reasonCodes,
    Instant checkedAt,
    Instant recordedAt,
    String nodeId,
    String user,
    String userSubject,
    String projectCode,
    List<DatasetJson> datasets,
    List<String> entitlements,
    ToolJson tool,
    Instant startedAt,
    Instant endedAt,
    ModelJson model,
    String traceId,
    List<String> allowedActions) {

  /** What a node sends: a check's fields, and for a report when it ran and its model, if any. */
  public record Body(
      String user,
      String projectCode,
      List<String> datasetIds,
      ToolJson tool,
      String startedAt,
      String endedAt,
      ModelJson model) {}

  public record ToolJson(String name, String version) {}

  public record ModelJson(String id, String version, String sha256) {}

  /** A dataset a use named, with the entitlement that allowed it (absent when none did). */
  public record DatasetJson(String id, String entitlementId) {}

  static UseJson of(DatasetUse u) {
    boolean check = u.kind() == UseKind.CHECK;
    List<String> actions = new ArrayList<>();
    if (check && u.entitled()) {
      actions.add("report");
    }
    u.model().ifPresent(m -> actions.add("lineage"));
    return new UseJson(
        u.id(),
        u.kind().name(),
        check ? u.entitled() : null,
        u.entitled(),
        u.reason(),
        u.reasonCodes().isEmpty() ? List.of() : Arrays.asList(u.reasonCodes().split(" ")),
        check ? u.recordedAt() : null,
        u.recordedAt(),
        u.nodeId().orElse(null),
        u.userGiven(),
        u.userSubject().orElse(null),
        u.projectCode(),
        u.datasets().stream()
            .map(d -> new DatasetJson(d.datasetId(), d.entitlementId().orElse(null)))
            .toList(),
        u.entitlementIds(),
        new ToolJson(u.tool().name(), u.tool().version()),
        u.startedAt().orElse(null),
        u.endedAt().orElse(null),
        u.model().map(m -> new ModelJson(m.id(), m.version(), m.sha256())).orElse(null),
        u.traceId().orElse(null),
        List.copyOf(actions));
  }

  /** The use a node asks about; a bad field is a 400 problem naming it. */
  static UseRequest check(Body body) {
    return request(body, false);
  }

  /** The use a node reports; a bad field is a 400 problem naming it. */
  static UseRequest report(Body body) {
    return request(body, true);
  }

  private static UseRequest request(Body body, boolean report) {
    if (body == null) {
      throw ProblemException.invalid("user", "is required, with projectCode, datasetIds and tool");
    }
    try {
      Tool tool = body.tool() == null ? null : new Tool(body.tool().name(), body.tool().version());
      if (!report) {
        return UseRequest.check(body.user(), body.projectCode(), body.datasetIds(), tool);
      }
      TrainedModel model =
          body.model() == null
              ? null
              : new TrainedModel(body.model().id(), body.model().version(), body.model().sha256());
      return new UseRequest(
          body.user(),
          body.projectCode(),
          body.datasetIds(),
          tool,
          instant("startedAt", body.startedAt()),
          instant("endedAt", body.endedAt()),
          model);
    } catch (InvalidUseException e) {
      throw ProblemException.invalid(e.field(), e.getMessage());
    }
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidUseException(field, "is required: when the use started and ended");
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidUseException(field, "is an ISO-8601 instant, e.g. 2026-12-06T10:00:00Z");
    }
  }
}
