package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is, and how this hub signs people in. */
@RequestScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller as the UI needs it. */
  public record Me(
      boolean authenticated,
      String subject,
      String displayName,
      List<String> roles,
      List<String> nodes,
      String loginMode) {}

  @Inject CurrentViewer current;

  @GET
  public Me me() {
    Viewer v = current.get();
    return new Me(
        !v.isAnonymous(),
        v.subject(),
        v.displayName(),
        v.roles().stream().map(Enum::name).sorted().toList(),
        v.nodes().stream().sorted().toList(),
        HubSettings.current().loginMode());
  }
}
