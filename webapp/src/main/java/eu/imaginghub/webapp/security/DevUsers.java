package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.demo.application.DemoFederation;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.webapp.security.session.SignedInIdentity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DEVELOPMENT ONLY: demo users whose password is their user name, so that anyone can try every role
 * of the hub on a laptop. Enabled by {@code hub.login.mode=dev}; the UI and log say so loudly.
 */
final class DevUsers {

  /** The value of {@code hub.login.mode} that turns the development login on. */
  static final String MODE = "dev";

  private static final String AFFILIATION = "Imaging Hub demo";

  private static final Map<String, SignedInIdentity> USERS =
      Map.of(
          "admin", user("dev-admin", "Ada Admin (demo)", "admin", Set.of(Role.ADMIN), Set.of()),
          "operator",
              user(
                  "dev-operator",
                  "Olga Operator (demo)",
                  "operator",
                  Set.of(Role.NODE_OPERATOR),
                  Set.of(DemoFederation.nodes().get(0).id(), DemoFederation.nodes().get(1).id())),
          "researcher",
              user(
                  "dev-researcher",
                  "Rui Researcher (demo)",
                  "researcher",
                  Set.of(Role.RESEARCHER),
                  Set.of()),
          "committee",
              user(
                  "dev-committee",
                  "Carla Committee (demo)",
                  "committee",
                  Set.of(Role.DAC_MEMBER),
                  Set.of()));

  private DevUsers() {}

  /** The demo user signing in with this user name, if there is one. */
  static Optional<SignedInIdentity> identity(String user) {
    return Optional.ofNullable(USERS.get(user));
  }

  static Optional<SignedInIdentity> authenticate(String user, String password) {
    SignedInIdentity who = USERS.get(user);
    return who != null && user.equals(password) ? Optional.of(who) : Optional.empty();
  }

  private static SignedInIdentity user(
      String subject, String name, String user, Set<Role> roles, Set<String> nodes) {
    return new SignedInIdentity(
        subject, name, user + "@example.org", AFFILIATION, roles, nodes, null);
  }
}
