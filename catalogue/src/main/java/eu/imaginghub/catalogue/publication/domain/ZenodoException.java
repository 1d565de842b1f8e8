package eu.imaginghub.catalogue.publication.domain;

/**
 * A request to Zenodo that failed. A validation error or another refusal cannot succeed by trying
 * again; a server error, a rate limit, a timeout or a lost connection may.
 */
public class ZenodoException extends Exception {

  /** Whether trying again may help. */
  public enum Kind {
    VALIDATION,
    REFUSED,
    TRANSIENT
  }

  private final Kind kind;
  private final ZenodoProblem problem;

  public ZenodoException(Kind kind, ZenodoProblem problem, Throwable cause) {
    super(problem.inWords(), cause);
    this.kind = kind;
    this.problem = problem;
  }

  public Kind kind() {
    return kind;
  }

  public ZenodoProblem problem() {
    return problem;
  }

  public boolean retryable() {
    return kind == Kind.TRANSIENT;
  }
}
