package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.JsonBindingDetail;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.tracer.problem.TracerProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The one exception mapper of the hub: every failure leaves as an RFC 9457 problem document.
 * Unexpected failures are logged under an incident id that the response carries instead of a stack
 * trace.
 */
@Provider
@ApplicationScoped
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  /** The SQL state of a unique key violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable failure) {
    ProblemException known = find(failure, ProblemException.class);
    TracerProblemException traced = find(failure, TracerProblemException.class);
    if (known == null && traced != null) {
      known = new ProblemException(kind(traced.kind()), traced.getMessage());
    }
    if (known != null) {
      Response response = send(Problem.of(known, path()));
      return known instanceof RetryLaterException later
          ? Response.fromResponse(response)
              .header("Retry-After", later.retryAfter().toSeconds())
              .build()
          : response;
    }
    if (find(failure, OptimisticLockException.class) != null || concurrentInsert(failure)) {
      return respond(
          409,
          "conflict",
          "Conflict with the current state",
          "The resource was changed concurrently; read it again and retry",
          null,
          null);
    }
    JsonbException json = find(failure, JsonbException.class);
    if (json != null) {
      return respond(
          400,
          "malformed-body",
          "The request body could not be read",
          "The body is " + JsonBindingDetail.of(json),
          null,
          null);
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      int status = web.getResponse().getStatus();
      // the container's own text can name its internals: the status says enough
      Problem plain = Problem.forStatus(status, path());
      return Response.status(status)
          .type(Problem.MEDIA_TYPE)
          .header("Allow", web.getResponse().getHeaderString("Allow"))
          .entity(plain)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + path(), failure);
    return Response.status(500)
        .type(Problem.MEDIA_TYPE)
        .entity(Problem.internal(path(), incident))
        .build();
  }

  /** The tracer cannot know the catalogue's kinds; its own map onto them, one for one. */
  static ProblemException.Kind kind(TracerProblemException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT -> ProblemException.Kind.INVALID_INPUT;
      case UNAUTHENTICATED -> ProblemException.Kind.UNAUTHENTICATED;
      case FORBIDDEN -> ProblemException.Kind.FORBIDDEN;
      case NOT_FOUND -> ProblemException.Kind.NOT_FOUND;
    };
  }

  private Response respond(
      int status, String slug, String title, String detail, ProblemException p, String incident) {
    return send(
        new Problem(
            Problem.type(slug),
            title,
            status,
            detail,
            path(),
            p == null || p.fields().isEmpty() ? null : p.fields(),
            incident));
  }

  private static Response send(Problem body) {
    Response.ResponseBuilder response =
        Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body);
    if (body.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, Problem.WWW_AUTHENTICATE);
    }
    return response.build();
  }

  private String path() {
    try {
      return uri == null ? null : uri.getRequestUri().getRawPath();
    } catch (IllegalStateException e) {
      return null;
    }
  }

  /**
   * Two requests (on one hub instance or two) that create the same record at once: the database
   * takes the first and refuses the second's row; its sender may read again and retry.
   */
  static boolean concurrentInsert(Throwable failure) {
    ConstraintViolationException violation = find(failure, ConstraintViolationException.class);
    if (violation == null) {
      return false;
    }
    if (violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
      return true;
    }
    // a batched insert can reach Hibernate without the kind told: the database's own state then
    // sits on the batch's exception or the ones chained to it
    for (SQLException e = violation.getSQLException(); e != null; e = e.getNextException()) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Failures arrive wrapped (by JSON-B, the transaction interceptor, ...): look inside. */
  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
