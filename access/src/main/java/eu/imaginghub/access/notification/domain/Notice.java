package eu.imaginghub.access.notification.domain;

import java.util.Objects;

/**
 * What one person is told of one event: a mail and an in-app notification carry the same text.
 *
 * @param eventId the event told of; with the recipient, unique
 * @param recipient the person's subject
 * @param subject one line
 * @param body the text, the link included
 * @param link the page where to act, relative to the hub ({@code /#/requests/…})
 */
public record Notice(String eventId, String recipient, String subject, String body, String link) {

  public static final int MAX_SUBJECT = 500;
  public static final int MAX_BODY = 20_000;

  public Notice {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(recipient, "recipient");
    subject = cut(subject.replaceAll("[\\r\\n]+", " ").strip(), MAX_SUBJECT);
    body = cut(body, MAX_BODY);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
