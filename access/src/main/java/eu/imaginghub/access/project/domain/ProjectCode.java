package eu.imaginghub.access.project.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A project's short code, used in URLs and by people (e.g. {@code LUNG-AI-2026}): 3-32 upper-case
 * letters, digits or dashes, starting with a letter and not ending with a dash. Codes are read in
 * any case and kept in upper case, so {@code lung-ai} and {@code LUNG-AI} are one project.
 */
public record ProjectCode(String value) {

  public static final int MAX_LENGTH = 32;
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{1,30}[A-Z0-9]");

  public ProjectCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a project code is 3-32 letters, digits or dashes, starting with a letter and not"
              + " ending with a dash");
    }
  }

  /** The code a caller typed, in upper case; throws when it is no valid code. */
  public static ProjectCode parse(String text) {
    return new ProjectCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
