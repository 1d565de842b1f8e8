package eu.imaginghub.catalogue.problem;

import java.util.List;

/**
 * A failure the caller can act on. The web layer turns it into an RFC 9457 problem document whose
 * {@code type} is stable, so clients can branch on it.
 */
public class ProblemException extends RuntimeException {

  /** The kinds of problem, each with its HTTP status and stable type slug. */
  public enum Kind {
    INVALID_INPUT(400, "invalid-input", "The request is not valid"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    GONE(410, "gone", "No longer available"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

    private final int status;
    private final String slug;
    private final String title;

    Kind(int status, String slug, String title) {
      this.status = status;
      this.slug = slug;
      this.title = title;
    }

    public int status() {
      return status;
    }

    public String slug() {
      return slug;
    }

    public String title() {
      return title;
    }
  }

  private final Kind kind;
  private final transient List<FieldProblem> fields;

  public ProblemException(Kind kind, String detail, List<FieldProblem> fields) {
    super(detail);
    this.kind = kind;
    this.fields = List.copyOf(fields);
  }

  public ProblemException(Kind kind, String detail) {
    this(kind, detail, List.of());
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(Kind.NOT_FOUND, "No " + what + " with id '" + id + "'");
  }

  public static ProblemException invalid(List<FieldProblem> fields) {
    String names = String.join(", ", fields.stream().map(FieldProblem::field).distinct().toList());
    return new ProblemException(Kind.INVALID_INPUT, "Invalid fields: " + names, fields);
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Kind.FORBIDDEN, detail);
  }

  public Kind kind() {
    return kind;
  }

  public List<FieldProblem> fields() {
    return fields;
  }
}
