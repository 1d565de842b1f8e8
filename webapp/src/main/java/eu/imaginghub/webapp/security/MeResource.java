package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.webapp.config.HubSettings;
import eu.imaginghub.webapp.security.session.ActiveSession;
import eu.imaginghub.webapp.security.session.CurrentSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** Who the caller is, and how this hub signs people in. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /**
   * The caller as the UI needs it. {@code email}, {@code affiliation} and {@code csrfToken} only
   * for a session: the token is what the UI sends in {@value AuthenticationFilter#CSRF_HEADER} with
   * every change.
   */
  public record Me(
      boolean authenticated,
      String subject,
      String displayName,
      List<String> roles,
      List<String> nodes,
      String loginMode,
      String email,
      String affiliation,
      String csrfToken) {}

  @Inject CurrentViewer current;
  @Inject CurrentSession session;

  @GET
  public Me me() {
    Viewer v = current.get();
    Optional<ActiveSession> s = session.get();
    return new Me(
        !v.isAnonymous(),
        v.subject(),
        v.displayName(),
        v.roles().stream().map(Enum::name).sorted().toList(),
        v.nodes().stream().sorted().toList(),
        HubSettings.current().loginMode(),
        s.map(ActiveSession::email).orElse(null),
        s.map(ActiveSession::affiliation).orElse(null),
        s.map(ActiveSession::csrfToken).orElse(null));
  }
}
