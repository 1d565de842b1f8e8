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
import eu.imaginghub.webapp.security.session.ActiveSession;
import eu.imaginghub.webapp.security.session.CurrentSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who the caller is, and how this hub signs people in. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /**
   * The caller as the UI needs it. {@code nodes} are the nodes the caller operates now; {@code
   * boundNodes} those an admin bound them to, which sign-in adds to {@code nodes}. {@code email},
   * {@code affiliation} and {@code csrfToken} only for a session: the token is what the UI sends in
   * {@value AuthenticationFilter#CSRF_HEADER} with every change.
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
      List<String> boundNodes,
      String email,
      String affiliation,
      String csrfToken) {}

  /** The caller's record: what the identity provider said at their last sign-in. */
  public record UserJson(String name, String email, String affiliation, Instant lastSeen) {}

  /** A project of the caller, and their role in it ({@code PI} or {@code MEMBER}). */
  public record ProjectJson(String code, String title, String role, boolean closed) {}

  @Inject CurrentViewer current;
  @Inject CurrentSession session;
  @Inject UserDirectory users;
  @Inject Projects projects;
  @Inject NodeOperators operators;

  @GET
  public Me me() {
    Viewer v = current.get();
    boolean person = !v.isAnonymous() && !NodeTokens.speaksForNode(v);
    Optional<UserProfile> user = person ? users.bySubject(v.subject()) : Optional.empty();
    List<ProjectMembership> mine = person ? projects.membershipsOf(v.subject()) : List.of();
    Optional<ActiveSession> s = session.get();
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
        person ? List.copyOf(operators.nodesOperatedBy(v.subject())) : List.of(),
        s.map(ActiveSession::email).orElse(null),
        s.map(ActiveSession::affiliation).orElse(null),
        s.map(ActiveSession::csrfToken).orElse(null));
  }
}
