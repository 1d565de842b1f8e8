package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document, with the bad fields of a request and an incident id for 500s. */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors,
    String incident) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** RFC 9110: a 401 names how to authenticate; Bearer, as Basic makes browsers open a dialog. */
  static final String WWW_AUTHENTICATE = "Bearer realm=\"Imaging Hub\"";

  /** The document of a failure the caller can act on. */
  static Problem of(ProblemException known, String instance) {
    ProblemException.Kind kind = known.kind();
    return new Problem(
        type(kind.slug()),
        kind.title(),
        kind.status(),
        known.getMessage(),
        instance,
        known.fields().isEmpty() ? null : known.fields(),
        null);
  }

  static String type(String slug) {
    return "urn:imaging-hub:problem:" + slug;
  }

  /** The type slug of a plain HTTP status: its reason phrase, such as {@code not-acceptable}. */
  static String slug(Response.StatusType status) {
    return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  /** A problem that says no more than its status. */
  static Problem forStatus(int status, String instance) {
    Response.StatusType known = Response.Status.fromStatusCode(status);
    if (known == null) {
      known = Response.Status.BAD_REQUEST;
    }
    String detail =
        switch (status) {
          case 404 -> "Nothing is found at this address";
          case 405 -> "This method is not allowed here";
          default -> "The request was refused: " + known.getReasonPhrase();
        };
    return new Problem(
        type(slug(known)), known.getReasonPhrase(), status, detail, instance, null, null);
  }

  /** An unexpected failure: the caller gets the incident id under which it was logged. */
  static Problem internal(String instance, String incident) {
    return new Problem(
        type("internal-error"),
        "Internal error",
        500,
        "Something went wrong on our side; quote incident " + incident,
        instance,
        null,
        incident);
  }
}
