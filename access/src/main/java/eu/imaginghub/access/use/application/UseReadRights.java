package eu.imaginghub.access.use.application;

import eu.imaginghub.access.committee.application.CommitteeDirectory;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.use.application.DatasetPlaces.DatasetPlace;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sees the uses of a dataset: admins, the operators (and token) of the node holding it and the
 * members of the committee governing it see all of them; the members of a project entitled to it
 * see their project's uses only, not other projects' work.
 */
@ApplicationScoped
public class UseReadRights {

  /**
   * Which uses of a dataset someone sees.
   *
   * @param projects the projects whose uses they see, when not all
   */
  public record Scope(boolean all, Set<String> projects) {
    static final Scope ALL = new Scope(true, Set.of());

    public boolean covers(String projectCode) {
      return all || projects.contains(projectCode);
    }
  }

  @Inject CommitteeDirectory committees;
  @Inject Projects projects;
  @Inject EntitlementGrants grants;
  @Inject Clock clock;

  /** The uses of the dataset the viewer sees; refuses those who see none. */
  public Scope require(Viewer viewer, DatasetPlace dataset) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see the uses of a dataset");
    }
    return scope(viewer, dataset)
        .orElseThrow(
            () ->
                ProblemException.forbidden(
                    "Only admins, the dataset's node, the committee governing it and the projects"
                        + " entitled to it see its uses"));
  }

  /** The uses of the dataset the viewer sees, if any. */
  public Optional<Scope> scope(Viewer viewer, DatasetPlace dataset) {
    if (viewer.isAnonymous()) {
      return Optional.empty();
    }
    if (viewer.operates(dataset.nodeId()) || sitsOnCommittee(viewer, dataset)) {
      return Optional.of(Scope.ALL);
    }
    Instant now = clock.instant();
    Set<String> entitled =
        projects.membershipsOf(viewer.subject()).stream()
            .map(m -> m.code())
            .filter(code -> grants.holds(code, dataset.id(), now))
            .collect(Collectors.toUnmodifiableSet());
    return entitled.isEmpty() ? Optional.empty() : Optional.of(new Scope(false, entitled));
  }

  private boolean sitsOnCommittee(Viewer viewer, DatasetPlace dataset) {
    return committees
        .governing(dataset.id(), dataset.nodeId())
        .filter(c -> c.isMember(viewer.subject()))
        .isPresent();
  }
}
