package eu.imaginghub.access.committee.api;

import eu.imaginghub.access.committee.domain.ChangeItem;
import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeChange;
import eu.imaginghub.access.committee.domain.CommitteeDefinition;
import eu.imaginghub.access.committee.domain.Seat;
import eu.imaginghub.access.user.application.UserProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A committee as the API shows it, with its people named. */
public record CommitteeJson(
    String id,
    String name,
    QuorumJson quorum,
    int voteDays,
    List<MemberJson> members,
    Set<String> datasetIds,
    Set<String> nodeIds,
    String createdBy,
    Instant createdAt,
    List<String> allowedActions) {

  /** {@code n} is given for N_OF_M only. */
  public record QuorumJson(String kind, Integer n) {}

  /** A member; name and e-mail are null when the hub does not know them. */
  public record MemberJson(String subject, String name, String email, boolean chair) {

    static MemberJson of(Seat s, Map<String, UserProfile> people) {
      UserProfile p = people.get(s.memberSubject());
      return new MemberJson(
          s.memberSubject(), p == null ? null : p.name(), p == null ? null : p.email(), s.chair());
    }
  }

  /** A person named in the history. */
  public record PersonJson(String subject, String name) {

    static PersonJson of(String subject, Map<String, UserProfile> people) {
      UserProfile p = people.get(subject);
      return new PersonJson(subject, p == null ? null : p.name());
    }
  }

  /** One field a change changed: members, datasets and nodes are added or removed one by one. */
  public record ItemJson(String field, String from, String to) {

    static ItemJson of(ChangeItem i) {
      return new ItemJson(i.field(), i.before().orElse(null), i.after().orElse(null));
    }
  }

  /** One change of a committee. */
  public record ChangeJson(
      int seq, String kind, PersonJson actor, Instant at, List<ItemJson> changes) {

    static ChangeJson of(CommitteeChange c, Map<String, UserProfile> people) {
      return new ChangeJson(
          c.seq(),
          c.kind().name(),
          PersonJson.of(c.actor(), people),
          c.occurredAt(),
          c.items().stream().map(ItemJson::of).toList());
    }
  }

  static CommitteeJson of(
      Committee c, Map<String, UserProfile> people, List<String> allowedActions) {
    CommitteeDefinition d = c.definition();
    return new CommitteeJson(
        c.id(),
        d.name(),
        new QuorumJson(d.quorumKind().name(), d.quorumN() == 0 ? null : d.quorumN()),
        d.voteDays(),
        d.seats().stream().map(s -> MemberJson.of(s, people)).toList(),
        d.datasetIds(),
        d.nodeIds(),
        c.createdBy(),
        c.createdAt(),
        allowedActions);
  }
}
