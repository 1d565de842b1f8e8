package eu.imaginghub.catalogue.spi;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail.
 *
 * @param to the recipients' addresses, at least one
 * @param subject one line
 * @param text the body
 */
public record Mail(List<String> to, String subject, String text) {

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
  }
}
