package eu.imaginghub.catalogue.publication.domain;

import java.util.List;

/**
 * What Zenodo (or the way to it) answered when a step failed: the HTTP status (0 when no answer
 * came), its message, and for a validation error each field it named.
 */
public record ZenodoProblem(int status, String message, List<Field> fields) {

  /** One field Zenodo refused, with its reason. */
  public record Field(String field, String message) {}

  public ZenodoProblem {
    message = message == null || message.isBlank() ? "no message" : message.strip();
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** The problem in plain words, each refused field on its own line. */
  public String inWords() {
    StringBuilder words = new StringBuilder("Zenodo answered ");
    words.append(status == 0 ? "nothing" : status).append(": ").append(message);
    fields.forEach(f -> words.append("\n").append(f.field()).append(": ").append(f.message()));
    return words.toString();
  }
}
