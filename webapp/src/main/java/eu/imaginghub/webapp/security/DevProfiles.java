package eu.imaginghub.webapp.security;

import java.util.Map;
import java.util.Optional;

/**
 * DEVELOPMENT ONLY: what an identity provider would say about the demo users of the development
 * login beyond their roles, so that they can be found by e-mail and added to projects.
 */
final class DevProfiles {

  /** E-mail and affiliation of a demo user. */
  record Profile(String email, String affiliation) {}

  private static final String AFFILIATION = "Imaging Hub demo federation";

  private static final Map<String, Profile> PROFILES =
      Map.of(
          "dev-admin", new Profile("admin@demo.imaging-hub.test", AFFILIATION),
          "dev-operator", new Profile("operator@demo.imaging-hub.test", AFFILIATION),
          "dev-researcher", new Profile("researcher@demo.imaging-hub.test", AFFILIATION),
          "dev-committee", new Profile("committee@demo.imaging-hub.test", AFFILIATION));

  private DevProfiles() {}

  static Optional<Profile> of(String subject) {
    return Optional.ofNullable(subject == null ? null : PROFILES.get(subject));
  }
}
