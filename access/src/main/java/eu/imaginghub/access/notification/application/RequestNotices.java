package eu.imaginghub.access.notification.application;

import eu.imaginghub.access.event.ChangesRequested;
import eu.imaginghub.access.event.PartDecided;
import eu.imaginghub.access.event.RequestSubmitted;
import eu.imaginghub.access.notification.domain.Notice;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the events of a request tell whom. Each person gets one notice per event, however many roles
 * they have in it (a member voting on two parts, a requester who is also a project member), and
 * each says who asked for what and links to the page where to act.
 */
final class RequestNotices {

  static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private RequestNotices() {}

  /** The requester hears where the request went; each voter what to vote on. */
  static List<Notice> submitted(RequestSubmitted e, People people, String base) {
    String link = Links.request(e.requestId());
    String asked = asked(people.described(e.requesterSubject()), e.projectCode(), e.title());
    List<Notice> notices = new ArrayList<>();
    StringBuilder toRequester =
        new StringBuilder("Hello ")
            .append(people.name(e.requesterSubject()))
            .append(",\n\nyour access request \"")
            .append(e.title())
            .append("\" for project ")
            .append(e.projectCode())
            .append(" was ")
            .append(e.resubmission() ? "resubmitted" : "submitted")
            .append(". It goes to:\n");
    e.parts().forEach(p -> toRequester.append(partLine(p)));
    notices.add(
        new Notice(
            e.eventId(),
            e.requesterSubject(),
            (e.resubmission() ? "Access request resubmitted: " : "Access request submitted: ")
                + e.title(),
            toRequester.append(follow(base, link)).toString(),
            link));
    Map<String, List<RequestSubmitted.Part>> byVoter = new LinkedHashMap<>();
    for (RequestSubmitted.Part part : e.parts()) {
      for (String voter : part.voterSubjects()) {
        byVoter.computeIfAbsent(voter, v -> new ArrayList<>()).add(part);
      }
    }
    byVoter.remove(e.requesterSubject());
    byVoter.forEach(
        (voter, parts) -> {
          StringBuilder text =
              new StringBuilder("Hello ")
                  .append(people.name(voter))
                  .append(",\n\n")
                  .append(asked)
                  .append(e.resubmission() ? " The request was changed and resubmitted." : "")
                  .append("\n\nYour vote is needed on:\n");
          parts.forEach(p -> text.append(partLine(p)));
          text.append("\nRead the request and vote at:\n").append(base).append(link).append('\n');
          notices.add(
              new Notice(
                  e.eventId(),
                  voter,
                  "Vote needed: " + e.title() + " (project " + e.projectCode() + ")",
                  text.toString(),
                  link));
        });
    return notices;
  }

  /** The requester hears what the committee wants changed. */
  static List<Notice> changesRequested(ChangesRequested e, People people, String base) {
    String link = Links.request(e.requestId());
    String text =
        "Hello "
            + people.name(e.requesterSubject())
            + ",\n\n"
            + people.described(e.actorSubject())
            + ", for the committee "
            + e.committeeName()
            + ", asks you to change your access request \""
            + e.title()
            + "\" before it decides:\n\n"
            + quoted(e.comment())
            + "\nChange and resubmit the request at:\n"
            + base
            + link
            + "\n";
    return List.of(
        new Notice(
            e.eventId(), e.requesterSubject(), "Changes requested: " + e.title(), text, link));
  }

  /** The requester and the project's people hear the decision, each once. */
  static List<Notice> decided(
      PartDecided e, List<String> projectPeople, People people, String base) {
    String link = Links.request(e.requestId());
    String verdict = e.approved() ? "approved" : "rejected";
    String by =
        "quorum".equals(e.decidedBy())
            ? "by the votes of its members"
            : "by " + people.described(e.decidedBy());
    StringBuilder text =
        new StringBuilder("The committee ")
            .append(e.committeeName())
            .append(' ')
            .append(verdict)
            .append(", ")
            .append(by)
            .append(", the access request \"")
            .append(e.title())
            .append("\" of ")
            .append(people.described(e.requesterSubject()))
            .append(" for project ")
            .append(e.projectCode())
            .append(" to the datasets ")
            .append(String.join(", ", e.datasetIds()))
            .append(".\n");
    if (e.comment() != null && !e.comment().isBlank()) {
      text.append('\n').append(quoted(e.comment()));
    }
    if (e.approved() && e.accessEnd() != null) {
      text.append("\nAccess runs until ").append(DAY.format(e.accessEnd())).append(".\n");
    }
    text.append(follow(base, link));
    Set<String> recipients = new LinkedHashSet<>();
    recipients.add(e.requesterSubject());
    recipients.addAll(projectPeople);
    String subject = "Access request " + verdict + ": " + e.title();
    return recipients.stream()
        .map(r -> new Notice(e.eventId(), r, subject, text.toString(), link))
        .toList();
  }

  static String asked(String requester, String projectCode, String title) {
    return requester
        + " asks, for project "
        + projectCode
        + ", for access to datasets in the request \""
        + title
        + "\".";
  }

  private static String partLine(RequestSubmitted.Part p) {
    return "- the committee " + p.committeeName() + ": " + String.join(", ", p.datasetIds()) + "\n";
  }

  static String quoted(String comment) {
    if (comment == null || comment.isBlank()) {
      return "";
    }
    return comment.strip().lines().map(l -> "> " + l + "\n").reduce("", String::concat);
  }

  static String follow(String base, String link) {
    return "\nFollow it at:\n" + base + link + "\n";
  }
}
