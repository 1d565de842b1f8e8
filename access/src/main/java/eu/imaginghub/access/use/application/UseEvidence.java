package eu.imaginghub.access.use.application;

import eu.imaginghub.access.project.application.ProjectMembership;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.use.application.DatasetPlaces.DatasetPlace;
import eu.imaginghub.access.use.domain.DatasetFacts;
import eu.imaginghub.access.use.domain.Standing;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.access.user.application.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers what the use rules decide on: the person, their place in the project, the datasets. */
@ApplicationScoped
public class UseEvidence {

  @Inject UserDirectory users;
  @Inject Projects projects;
  @Inject EntitlementGrants grants;

  /** The person a node names by subject or by the e-mail address they signed in with. */
  public Optional<UserProfile> person(String user) {
    String given = user.strip();
    return users.bySubject(given).or(() -> users.byEmail(given));
  }

  public Standing standing(Optional<UserProfile> person, String projectCode) {
    if (person.isEmpty()) {
      return Standing.UNKNOWN_USER;
    }
    return projects.membershipsOf(person.get().subject()).stream()
        .filter(m -> m.code().equals(projectCode))
        .findFirst()
        .map(m -> closed(m) ? Standing.PROJECT_CLOSED : Standing.MEMBER)
        .orElse(Standing.NOT_A_MEMBER);
  }

  /**
   * Each dataset named, in order: unknown, or known, invalidated or not, with the project's
   * entitlements to it.
   */
  public List<DatasetFacts> datasets(
      String projectCode, List<String> datasetIds, Map<String, DatasetPlace> located) {
    return datasetIds.stream()
        .map(
            id ->
                located.containsKey(id)
                    ? new DatasetFacts(
                        id, true, located.get(id).invalidated(), grants.of(projectCode, id))
                    : DatasetFacts.unknown(id))
        .toList();
  }

  private static boolean closed(ProjectMembership membership) {
    return membership.closed();
  }
}
