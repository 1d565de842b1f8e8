package eu.imaginghub.tracer.trace.api;

import eu.imaginghub.tracer.problem.TracerProblemException;
import eu.imaginghub.tracer.problem.TracerProblemException.Kind;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.application.TraceQueries;
import eu.imaginghub.tracer.trace.application.TraceReadGrants;
import eu.imaginghub.tracer.trace.domain.Trace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/**
 * Who reads which trace over HTTP: admins every trace, everyone else their own and those of the
 * datasets a {@link TraceReadGrants} lets them read (none when no module grants any). Shared by the
 * log's resources and the anchoring ones, so that a proof is as private as its trace.
 */
@ApplicationScoped
public class TraceReaders {

  private static final String ADMIN = "ADMIN";

  @Inject TraceQueries queries;
  @Inject TraceLog log;
  @Inject Instance<TraceReadGrants> grants;

  /** The trace, when the caller may read it; any other id is not found. */
  public Trace readable(String id, SecurityContext security) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw TracerProblemException.notFound("No trace with id '" + id + "'");
    }
    Trace trace =
        queries
            .get(uuid)
            .orElseThrow(() -> TracerProblemException.notFound("No trace with id '" + id + "'"));
    if (!scope(security).mayRead(trace)) {
      throw TracerProblemException.notFound("No trace with id '" + id + "'");
    }
    return trace;
  }

  /** What the signed-in caller may read; anonymous callers read nothing (401). */
  ReaderScope scope(SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new TracerProblemException(Kind.UNAUTHENTICATED, "Sign in to read traces");
    }
    return ReaderScope.of(
        isAdmin(security), security.getUserPrincipal().getName(), log::pseudonymOf, grants);
  }

  public static boolean isAdmin(SecurityContext security) {
    return security.isUserInRole(ADMIN);
  }

  /**
   * A whole number, or the fallback when absent; anything else is -1, which every caller refuses.
   * Parameters are read as text: the container answers 404 for one that does not convert.
   */
  public static long number(String value, long fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
