package eu.imaginghub.access.user.application;

import eu.imaginghub.access.user.domain.User;
import eu.imaginghub.access.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people who have signed in. Sign-in calls {@link #recordSignIn} with what the identity
 * provider says; projects and node-operator bindings only name people found here.
 */
@ApplicationScoped
@Transactional
public class UserDirectory {

  @Inject UserRepository users;
  @Inject Clock clock;

  /**
   * Creates the person's record on their first sign-in, or refreshes name, e-mail, affiliation and
   * last-seen time on a later one.
   *
   * @param subject the identity provider's stable identifier of the person
   */
  public UserProfile recordSignIn(String subject, String name, String email, String affiliation) {
    Optional<User> known = users.find(subject);
    User user;
    if (known.isPresent()) {
      user = known.get();
      user.signedIn(name, email, affiliation, clock.instant());
    } else {
      user = new User(subject, name, email, affiliation, clock.instant());
      users.add(user);
    }
    return UserProfile.of(user);
  }

  /**
   * Makes sure someone acting on the hub has a record, without overwriting what a sign-in said: a
   * caller whose sign-in was not recorded yet still gets one, with the name it goes by.
   */
  public void ensureKnown(String subject, String name) {
    if (users.find(subject).isEmpty()) {
      users.add(new User(subject, name, null, null, clock.instant()));
    }
  }

  public Optional<UserProfile> bySubject(String subject) {
    return subject == null ? Optional.empty() : users.find(subject).map(UserProfile::of);
  }

  /** The person most recently seen with this e-mail address (in any case). */
  public Optional<UserProfile> byEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return users.withEmail(email).stream().findFirst().map(UserProfile::of);
  }

  /** The records of these people, by subject; those never seen are absent. */
  public Map<String, UserProfile> bySubjects(Collection<String> subjects) {
    return users.all(subjects).stream()
        .map(UserProfile::of)
        .collect(Collectors.toMap(UserProfile::subject, Function.identity()));
  }
}
