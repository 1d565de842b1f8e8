package eu.imaginghub.access.project.api;

import eu.imaginghub.access.project.domain.Membership;
import eu.imaginghub.access.project.domain.Project;
import eu.imaginghub.access.project.domain.ProjectEvent;
import eu.imaginghub.access.user.application.UserProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A project as the API shows it, with its people named. */
public record ProjectJson(
    String code,
    String title,
    String description,
    PersonJson principalInvestigator,
    List<MemberJson> members,
    String createdBy,
    Instant createdAt,
    boolean closed,
    Instant closedAt,
    String yourRole,
    boolean youMayManage) {

  /** A person; name, e-mail and affiliation are null when the hub does not know them. */
  public record PersonJson(String subject, String name, String email, String affiliation) {

    static PersonJson of(String subject, Map<String, UserProfile> people) {
      if (subject == null) {
        return null;
      }
      UserProfile p = people.get(subject);
      return p == null
          ? new PersonJson(subject, null, null, null)
          : new PersonJson(subject, p.name(), p.email(), p.affiliation());
    }
  }

  /** A member, and who added them when. */
  public record MemberJson(PersonJson person, String addedBy, Instant addedAt) {}

  /** One change of a project. */
  public record EventJson(int seq, String type, PersonJson actor, PersonJson member, Instant at) {

    static EventJson of(ProjectEvent e, Map<String, UserProfile> people) {
      return new EventJson(
          e.seq(),
          e.type().name(),
          PersonJson.of(e.actor(), people),
          PersonJson.of(e.memberSubject().orElse(null), people),
          e.occurredAt());
    }
  }

  /** A project in a list. */
  public record SummaryJson(
      String code,
      String title,
      PersonJson principalInvestigator,
      int members,
      boolean closed,
      Instant createdAt,
      String yourRole) {}

  static ProjectJson of(
      Project p, Map<String, UserProfile> people, String viewerRole, boolean mayManage) {
    return new ProjectJson(
        p.code().value(),
        p.title(),
        p.description().orElse(null),
        PersonJson.of(p.piSubject(), people),
        p.members().stream().map(m -> member(m, people)).toList(),
        p.createdBy(),
        p.createdAt(),
        p.closed(),
        p.closedAt().orElse(null),
        viewerRole,
        mayManage && !p.closed());
  }

  static SummaryJson summary(Project p, Map<String, UserProfile> people, String viewerRole) {
    return new SummaryJson(
        p.code().value(),
        p.title(),
        PersonJson.of(p.piSubject(), people),
        p.members().size(),
        p.closed(),
        p.createdAt(),
        viewerRole);
  }

  private static MemberJson member(Membership m, Map<String, UserProfile> people) {
    return new MemberJson(PersonJson.of(m.memberSubject(), people), m.addedBy(), m.addedAt());
  }
}
