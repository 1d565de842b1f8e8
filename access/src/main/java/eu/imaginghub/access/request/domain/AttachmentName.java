package eu.imaginghub.access.request.domain;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.util.Locale;

/**
 * The name an attachment is shown and downloaded under: the last segment of what was sent, letters,
 * digits, dots, dashes, underscores and spaces only, ending in {@code .pdf}; so a name can neither
 * reach a path nor break a {@code Content-Disposition} header.
 */
public record AttachmentName(String value) {

  static final int MAX_LENGTH = 200;

  /** Checks and tidies a name as sent; 400 when nothing usable is left. */
  public static AttachmentName of(String sent) {
    String s = sent == null ? "" : sent.strip();
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    String cleaned = s.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[. ]+", "");
    if (cleaned.isBlank() || cleaned.replace("_", "").isBlank()) {
      throw ProblemException.invalid("name", "is required, e.g. ?name=ethics-approval.pdf");
    }
    if (!cleaned.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      cleaned = cleaned + ".pdf";
    }
    if (cleaned.length() > MAX_LENGTH) {
      throw ProblemException.invalid("name", "is at most " + MAX_LENGTH + " characters");
    }
    return new AttachmentName(cleaned);
  }
}
