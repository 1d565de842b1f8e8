package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.event.EntitlementExpiring;
import eu.imaginghub.access.event.EntitlementRevoked;
import eu.imaginghub.access.notification.domain.Notice;
import eu.imaginghub.access.notification.domain.OpenVote;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What entitlements ending or revoked tell their holders, and what a reminder digest says. */
final class AccessNotices {

  private AccessNotices() {}

  static List<Notice> expiring(EntitlementExpiring e, People people, String base) {
    String link = Links.entitlements();
    String subject =
        "Access to dataset " + e.datasetId() + " ends after " + RequestNotices.lastDay(e.end());
    return e.holderSubjects().stream()
        .distinct()
        .map(
            h ->
                new Notice(
                    e.eventId(),
                    h,
                    subject,
                    "Hello "
                        + people.name(h)
                        + ",\n\nproject "
                        + e.projectCode()
                        + "'s access to dataset "
                        + e.datasetId()
                        + " ends at "
                        + e.end()
                        + ". To go on using the dataset after that, ask for access again in"
                        + " a new request before then.\n\nThe entitlement:\n"
                        + base
                        + link
                        + "\n",
                    link))
        .toList();
  }

  static List<Notice> revoked(EntitlementRevoked e, People people, String base) {
    String link = Links.entitlements();
    String subject = "Access to dataset " + e.datasetId() + " revoked";
    return e.holderSubjects().stream()
        .distinct()
        .map(
            h ->
                new Notice(
                    e.eventId(),
                    h,
                    subject,
                    "Hello "
                        + people.name(h)
                        + ",\n\n"
                        + people.described(e.actorSubject())
                        + " revoked project "
                        + e.projectCode()
                        + "'s access to dataset "
                        + e.datasetId()
                        + " at "
                        + e.revokedAt()
                        + ", for this reason:\n\n"
                        + RequestNotices.quoted(e.reason())
                        + "\nThe dataset may no longer be used. The entitlement:\n"
                        + base
                        + link
                        + "\n",
                    link))
        .toList();
  }

  /** One digest naming every part waiting for the member's vote, oldest first. */
  static Notice digest(
      String eventId,
      String member,
      List<OpenVote> votes,
      People people,
      Instant now,
      String base) {
    String link = Links.committeeQueue();
    StringBuilder text =
        new StringBuilder("Hello ")
            .append(people.name(member))
            .append(",\n\n")
            .append(
                votes.size() == 1
                    ? "one access request waits"
                    : votes.size() + " access requests wait")
            .append(" for your vote:\n\n");
    for (OpenVote v : votes) {
      long days = Duration.between(v.waitingSince(), now).toDays();
      text.append("- \"")
          .append(v.title())
          .append("\": ")
          .append(people.described(v.requesterSubject()))
          .append(" asks for project ")
          .append(v.projectCode())
          .append(" (committee ")
          .append(v.committeeName())
          .append(", waiting ")
          .append(days == 1 ? "1 day" : days + " days")
          .append(")\n  ")
          .append(base)
          .append(Links.request(v.requestId()))
          .append('\n');
    }
    text.append("\nYour committee queue:\n").append(base).append(link).append('\n');
    String subject =
        votes.size() == 1
            ? "Reminder: 1 access request waits for your vote"
            : "Reminder: " + votes.size() + " access requests wait for your vote";
    return new Notice(eventId, member, subject, text.toString(), link);
  }
}
