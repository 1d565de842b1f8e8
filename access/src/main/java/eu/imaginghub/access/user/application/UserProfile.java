package eu.imaginghub.access.user.application;

import eu.imaginghub.access.user.domain.User;
import java.time.Instant;

/**
 * A person as other features and modules see them; any of name, e-mail, affiliation may be null.
 */
public record UserProfile(
    String subject,
    String name,
    String email,
    String affiliation,
    Instant firstSeen,
    Instant lastSeen) {

  static UserProfile of(User u) {
    return new UserProfile(
        u.subject(),
        u.name().orElse(null),
        u.email().orElse(null),
        u.affiliation().orElse(null),
        u.firstSeen(),
        u.lastSeen());
  }
}
