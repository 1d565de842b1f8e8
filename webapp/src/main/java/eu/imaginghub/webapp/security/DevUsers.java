package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DEVELOPMENT ONLY: demo users whose password is their user name, so that anyone can try every role
 * of the hub on a laptop. Enabled by {@code hub.login.mode=dev}; the UI and log say so loudly.
 */
final class DevUsers {

  private static final Map<String, Viewer> USERS =
      Map.of(
          "admin", new Viewer("dev-admin", "Ada Admin (demo)", Set.of(Role.ADMIN), Set.of()),
          "operator",
              new Viewer(
                  "dev-operator",
                  "Olga Operator (demo)",
                  Set.of(Role.NODE_OPERATOR),
                  Set.of(DemoFederation.nodes().get(0).id(), DemoFederation.nodes().get(1).id())),
          "researcher",
              new Viewer(
                  "dev-researcher", "Rui Researcher (demo)", Set.of(Role.RESEARCHER), Set.of()),
          "committee",
              new Viewer(
                  "dev-committee", "Carla Committee (demo)", Set.of(Role.DAC_MEMBER), Set.of()));

  private DevUsers() {}

  static Optional<Viewer> authenticate(String user, String password) {
    Viewer viewer = USERS.get(user);
    return viewer != null && user.equals(password) ? Optional.of(viewer) : Optional.empty();
  }
}
