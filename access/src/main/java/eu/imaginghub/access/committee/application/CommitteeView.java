package eu.imaginghub.access.committee.application;

import java.util.List;
import java.util.Set;

/**
 * A data-access committee as other features see it.
 *
 * @param memberSubjects every member, chair included, in the order the admin gave them
 */
public record CommitteeView(
    String id,
    String name,
    QuorumRule quorum,
    int voteDays,
    String chairSubject,
    List<String> memberSubjects,
    Set<String> datasetIds,
    Set<String> nodeIds) {

  public CommitteeView {
    memberSubjects = List.copyOf(memberSubjects);
    datasetIds = Set.copyOf(datasetIds);
    nodeIds = Set.copyOf(nodeIds);
  }

  public boolean isMember(String subject) {
    return subject != null && memberSubjects.contains(subject);
  }

  public boolean isChair(String subject) {
    return subject != null && subject.equals(chairSubject);
  }
}
