package eu.imaginghub.access.request.application;

import eu.imaginghub.access.committee.application.CommitteeView;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who calls, as far as requests care: the projects they belong to and the committees they sit on,
 * looked up once per call.
 */
public record Caller(
    String subject, boolean admin, Set<String> projects, Map<String, CommitteeView> committees) {

  public Caller {
    projects = Set.copyOf(projects);
    committees = Map.copyOf(committees);
  }

  public boolean inProject(String projectCode) {
    return projects.contains(projectCode);
  }

  public boolean sitsOn(String committeeId) {
    return committees.containsKey(committeeId);
  }

  public Optional<CommitteeView> committee(String committeeId) {
    return Optional.ofNullable(committees.get(committeeId));
  }

  /** Whether they sit on any committee: DAC members export and have a queue. */
  public boolean dacMember() {
    return !committees.isEmpty();
  }
}
