package eu.imaginghub.catalogue.spi;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail.
 *
 * @param to the recipients' addresses, at least one
 * @param subject one line
 * @param text the body
 * @param messageId the {@code Message-ID} header, {@code <local@domain>}, or null for one made at
 *     sending; a sender that may send the same mail twice (after a crash between sending and noting
 *     it sent) gives a stable one, so that the second copy is recognisable as the same mail
 */
public record Mail(List<String> to, String subject, String text, String messageId) {

  public Mail {
    to = List.copyOf(to);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("an e-mail needs a recipient");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    if (subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("a subject is one line");
    }
    if (messageId != null && !messageId.matches("<[^<>\\s@]+@[^<>\\s@]+>")) {
      throw new IllegalArgumentException("a Message-ID is <local@domain>");
    }
  }

  /** A mail whose {@code Message-ID} is made when it is sent. */
  public Mail(List<String> to, String subject, String text) {
    this(to, subject, text, null);
  }
}
