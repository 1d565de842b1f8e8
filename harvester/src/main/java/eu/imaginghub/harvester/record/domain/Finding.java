package eu.imaginghub.harvester.record.domain;

import java.util.Objects;

/**
 * One thing mapping or validation found in a record.
 *
 * @param focus the IRI (or blank-node label) of the resource the finding is about
 * @param path the property, as an IRI or a catalogue field name, or null when it is the resource
 */
public record Finding(Severity severity, String focus, String path, String message) {

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Finding violation(String focus, String path, String message) {
    return new Finding(Severity.VIOLATION, focus, path, message);
  }

  public static Finding warning(String focus, String path, String message) {
    return new Finding(Severity.WARNING, focus, path, message);
  }

  public boolean isViolation() {
    return severity == Severity.VIOLATION;
  }

  @Override
  public String toString() {
    return severity + " " + focus + " " + path + ": " + message;
  }
}
