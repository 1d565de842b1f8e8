package eu.imaginghub.tracer.problem;

/** A failure of a request to the trace log that the caller can act on. */
public class TracerProblemException extends RuntimeException {

  /** What went wrong, in the terms every problem of the hub uses. */
  public enum Kind {
    INVALID_INPUT,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND
  }

  private final Kind kind;

  public TracerProblemException(Kind kind, String detail) {
    super(detail);
    this.kind = kind;
  }

  public static TracerProblemException invalid(String detail) {
    return new TracerProblemException(Kind.INVALID_INPUT, detail);
  }

  public static TracerProblemException notFound(String detail) {
    return new TracerProblemException(Kind.NOT_FOUND, detail);
  }

  public Kind kind() {
    return kind;
  }
}
