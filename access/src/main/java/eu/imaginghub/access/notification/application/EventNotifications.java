package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.event.ChangesRequested;
import eu.imaginghub.access.event.EntitlementExpiring;
import eu.imaginghub.access.event.EntitlementRevoked;
import eu.imaginghub.access.event.PartDecided;
import eu.imaginghub.access.event.RequestSubmitted;
import eu.imaginghub.access.notification.domain.Notice;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.access.user.application.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Observes the access events synchronously, in the transaction of the change: its mails and
 * notifications are written with it or not at all, so no change is lost for want of a mail and no
 * mail tells of a change that rolled back.
 */
@ApplicationScoped
public class EventNotifications {

  @Inject NotificationWriter writer;
  @Inject UserDirectory users;
  @Inject Projects projects;
  @Inject HubAddress address;

  void on(@Observes RequestSubmitted e) {
    Stream<String> voters = e.parts().stream().flatMap(p -> p.voterSubjects().stream());
    tell(
        Stream.concat(Stream.of(e.requesterSubject()), voters).toList(),
        people -> RequestNotices.submitted(e, people, address.base()));
  }

  void on(@Observes ChangesRequested e) {
    tell(
        List.of(e.requesterSubject(), e.actorSubject()),
        people -> RequestNotices.changesRequested(e, people, address.base()));
  }

  void on(@Observes PartDecided e) {
    List<String> projectPeople = projects.peopleOf(e.projectCode());
    Set<String> named = new HashSet<>(projectPeople);
    named.add(e.requesterSubject());
    named.add(e.decidedBy());
    tell(named, people -> RequestNotices.decided(e, projectPeople, people, address.base()));
  }

  void on(@Observes EntitlementExpiring e) {
    tell(e.holderSubjects(), people -> AccessNotices.expiring(e, people, address.base()));
  }

  void on(@Observes EntitlementRevoked e) {
    Set<String> named = new HashSet<>(e.holderSubjects());
    named.add(e.actorSubject());
    tell(named, people -> AccessNotices.revoked(e, people, address.base()));
  }

  private void tell(Collection<String> named, Function<People, List<Notice>> notices) {
    People people = new People(users.bySubjects(named));
    writer.write(notices.apply(people), people);
  }
}
