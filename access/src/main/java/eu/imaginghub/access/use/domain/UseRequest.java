package eu.imaginghub.access.use.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a node says of a use: who, for which project, on which datasets, with which tool; for a
 * reported use also when it ran and the model it trained or ran, if any.
 *
 * @param user the person's subject or the e-mail address they signed in with, as the node gave it
 * @param startedAt null for a check
 * @param endedAt null for a check
 * @param model null unless a reported use trained or ran a model
 */
public record UseRequest(
    String user,
    String projectCode,
    List<String> datasetIds,
    Tool tool,
    Instant startedAt,
    Instant endedAt,
    TrainedModel model) {

  public static final int MAX_USER = 320;
  public static final int MAX_PROJECT = 64;
  public static final int MAX_DATASET_ID = 64;
  public static final int MAX_DATASETS = 100;

  public UseRequest {
    require(
        user != null && !user.isBlank() && user.length() <= MAX_USER,
        "user",
        "is the person's subject or e-mail address, 1-" + MAX_USER + " characters");
    require(
        projectCode != null && !projectCode.isBlank() && projectCode.length() <= MAX_PROJECT,
        "projectCode",
        "is 1-" + MAX_PROJECT + " characters");
    require(
        datasetIds != null
            && !datasetIds.isEmpty()
            && datasetIds.size() <= MAX_DATASETS
            && datasetIds.stream()
                .allMatch(d -> d != null && !d.isBlank() && d.length() <= MAX_DATASET_ID),
        "datasetIds",
        "names 1-" + MAX_DATASETS + " dataset ids of 1-" + MAX_DATASET_ID + " characters");
    datasetIds = List.copyOf(datasetIds);
    require(
        new HashSet<>(datasetIds).size() == datasetIds.size(),
        "datasetIds",
        "names each dataset once");
    require(tool != null, "tool", "is required: its name and version");
    require(
        (startedAt == null) == (endedAt == null),
        "endedAt",
        "is given with startedAt, and only then");
    require(
        startedAt == null || !endedAt.isBefore(startedAt), "endedAt", "is not before startedAt");
    require(model == null || startedAt != null, "model", "is reported with a use that ran");
  }

  /** A use a node asks about before running it. */
  public static UseRequest check(
      String user, String projectCode, List<String> datasetIds, Tool tool) {
    return new UseRequest(user, projectCode, datasetIds, tool, null, null, null);
  }

  public boolean isReport() {
    return startedAt != null;
  }

  public Optional<TrainedModel> trainedModel() {
    return Optional.ofNullable(model);
  }

  private static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidUseException(field, message);
    }
  }
}
