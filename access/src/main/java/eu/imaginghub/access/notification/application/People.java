package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.user.application.UserProfile;
import java.util.Map;
import java.util.Optional;

/** The people an event names, as the texts call them: by name and address where known. */
record People(Map<String, UserProfile> bySubject) {

  People {
    bySubject = Map.copyOf(bySubject);
  }

  /** The person's name, else their e-mail address, else their subject. */
  String name(String subject) {
    UserProfile p = bySubject.get(subject);
    if (p == null) {
      return subject;
    }
    if (p.name() != null && !p.name().isBlank()) {
      return p.name();
    }
    return p.email() != null ? p.email() : subject;
  }

  /** Name and address, e.g. {@code Ada Lovelace <ada@example.org>}, so a reader can answer. */
  String described(String subject) {
    String name = name(subject);
    return email(subject).filter(e -> !e.equals(name)).map(e -> name + " <" + e + ">").orElse(name);
  }

  Optional<String> email(String subject) {
    return Optional.ofNullable(bySubject.get(subject))
        .map(UserProfile::email)
        .filter(e -> !e.isBlank());
  }
}
