package eu.imaginghub.access.request.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a part is made of at submission: the committee governing its datasets as it stands then.
 *
 * @param chairSubject the chair, or null when the chair belongs to the requesting project
 * @param voters the members who may vote, members of the requesting project excluded
 */
public record NewPart(
    String committeeId,
    String committeeName,
    VotingRule rule,
    int voteDays,
    String chairSubject,
    List<String> voters,
    List<String> datasetIds) {

  public NewPart {
    Objects.requireNonNull(committeeId, "committeeId");
    Objects.requireNonNull(committeeName, "committeeName");
    Objects.requireNonNull(rule, "rule");
    voters = List.copyOf(voters);
    datasetIds = List.copyOf(datasetIds);
  }
}
