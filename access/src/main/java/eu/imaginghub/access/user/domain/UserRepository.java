package eu.imaginghub.access.user.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Everyone who has signed in. */
public interface UserRepository {

  Optional<User> find(String subject);

  /** Users with this e-mail address, in any case, most recently seen first. */
  List<User> withEmail(String email);

  List<User> all(Collection<String> subjects);

  void add(User user);
}
