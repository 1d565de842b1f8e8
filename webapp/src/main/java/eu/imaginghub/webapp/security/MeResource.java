package eu.imaginghub.webapp.security;

import eu.imaginghub.access.operator.application.NodeOperators;
import eu.imaginghub.access.project.application.ProjectMembership;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.token.application.NodeTokens;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who the caller is, which projects they belong to, and how this hub signs people in. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /**
   * The caller as the UI needs it. {@code nodes} are the nodes the caller operates now; {@code
   * boundNodes} those an admin bound them to, which sign-in adds to {@code nodes}.
   */
  public record Me(
      boolean authenticated,
      String subject,
      String displayName,
      List<String> roles,
      List<String> nodes,
      String loginMode,
      UserJson user,
      List<ProjectJson> projects,
      List<String> boundNodes) {}

  /** The caller's record: what the identity provider said at their last sign-in. */
  public record UserJson(String name, String email, String affiliation, Instant lastSeen) {}

  /** A project of the caller, and their role in it ({@code PI} or {@code MEMBER}). */
  public record ProjectJson(String code, String title, String role, boolean closed) {}

  @Inject CurrentViewer current;
  @Inject UserDirectory users;
  @Inject Projects projects;
  @Inject NodeOperators operators;

  @GET
  public Me me() {
    Viewer v = current.get();
    boolean person = !v.isAnonymous() && !NodeTokens.speaksForNode(v);
    Optional<UserProfile> user = person ? recorded(v) : Optional.empty();
    List<ProjectMembership> mine = person ? projects.membershipsOf(v.subject()) : List.of();
    return new Me(
        !v.isAnonymous(),
        v.subject(),
        v.displayName(),
        v.roles().stream().map(Enum::name).sorted().toList(),
        v.nodes().stream().sorted().toList(),
        HubSettings.current().loginMode(),
        user.map(u -> new UserJson(u.name(), u.email(), u.affiliation(), u.lastSeen()))
            .orElse(null),
        mine.stream().map(m -> new ProjectJson(m.code(), m.title(), m.role(), m.closed())).toList(),
        person ? List.copyOf(operators.nodesOperatedBy(v.subject())) : List.of());
  }

  /**
   * The caller's record, created on their first call here. Sign-in is where the record belongs
   * ({@link UserDirectory#recordSignIn} on every sign-in, with what the identity provider says);
   * until every way of signing in calls it, the first look at this page records the person, with
   * the demo profile for demo users, so that they can be found by e-mail and join projects.
   */
  private Optional<UserProfile> recorded(Viewer v) {
    Optional<UserProfile> known = users.bySubject(v.subject());
    Optional<DevProfiles.Profile> demo = DevProfiles.of(v.subject());
    if (known.isPresent() && (known.get().email() != null || demo.isEmpty())) {
      return known;
    }
    return Optional.of(
        users.recordSignIn(
            v.subject(),
            v.displayName(),
            demo.map(DevProfiles.Profile::email).orElse(null),
            demo.map(DevProfiles.Profile::affiliation).orElse(null)));
  }
}
