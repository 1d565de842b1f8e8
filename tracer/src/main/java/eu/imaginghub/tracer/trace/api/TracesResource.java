package eu.imaginghub.tracer.trace.api;

import eu.imaginghub.tracer.anchor.application.AnchoringStatus;
import eu.imaginghub.tracer.problem.TracerProblemException;
import eu.imaginghub.tracer.problem.TracerProblemException.Kind;
import eu.imaginghub.tracer.trace.application.ChainVerifier;
import eu.imaginghub.tracer.trace.application.TraceFilter;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.application.TraceQueries;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The trace log over HTTP. Admins read every trace; everyone else only their own. Proofs and
 * verification tell whether the log was tampered with.
 */
@RequestScoped
@Path("traces")
@Transactional
public class TracesResource {

  private static final String ADMIN = "ADMIN";

  @Inject TraceQueries queries;
  @Inject TraceLog log;
  @Inject ChainVerifier verifier;
  @Inject AnchoringStatus anchoring;
  @Context SecurityContext security;

  /** A page of traces. */
  public record TracePageJson(long total, int page, int size, List<TraceJson> items) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public TracePageJson list(@BeanParam TraceQueryParams params) {
    TraceFilter filter = filter(params);
    TraceQueries.TracePage result = queries.find(filter);
    return new TracePageJson(
        result.total(),
        filter.page(),
        filter.size(),
        result.traces().stream().map(TraceJson::of).toList());
  }

  @GET
  @Produces("text/csv;qs=0.9")
  public String csv(@BeanParam TraceQueryParams params) {
    StringBuilder out = new StringBuilder(TraceJson.CSV_HEADER).append('\n');
    queries
        .find(filter(params))
        .traces()
        .forEach(t -> out.append(TraceJson.of(t).csv()).append('\n'));
    return out.toString();
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public TraceJson get(@PathParam("id") String id) {
    return TraceJson.of(readable(id));
  }

  /** The trace's Merkle proof: leaf, path, root, and where the root is anchored. */
  @GET
  @Path("{id}/proof")
  @Produces(MediaType.APPLICATION_JSON)
  public ProofJson proof(@PathParam("id") String id) {
    Trace trace = readable(id);
    return queries
        .proof(trace)
        .map(ProofJson::of)
        .orElseThrow(
            () -> TracerProblemException.notFound("Trace " + id + " is not sealed in a batch yet"));
  }

  /** Where anchoring stands; public, so that everyone can see whether traces reach a chain. */
  @GET
  @Path("anchoring")
  @Produces(MediaType.APPLICATION_JSON)
  public AnchoringStatus.Snapshot anchoring() {
    return anchoring.now();
  }

  /** Checks the hash chain and batch roots over a range of sequence numbers (admins). */
  @GET
  @Path("verification")
  @Produces(MediaType.APPLICATION_JSON)
  public ChainVerifier.Verification verify(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    requireAdmin();
    long first = number(from, 1);
    long last = to == null || to.isBlank() ? verifier.head() : number(to, -1);
    if (first < 1 || last < first - 1) {
      throw TracerProblemException.invalid("from must be at least 1 and not after to");
    }
    return verifier.verify(first, last);
  }

  private Trace readable(String id) {
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
    if (!isAdmin() && !own().equals(trace.userPseudonym())) {
      throw TracerProblemException.notFound("No trace with id '" + id + "'");
    }
    return trace;
  }

  /**
   * A whole number, or the fallback when absent; anything else is -1, which every caller refuses.
   * Parameters are read as text: the container answers 404 for one that does not convert.
   */
  private static long number(String value, long fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Admins may filter by any pseudonym; everyone else sees their own traces only. */
  private TraceFilter filter(TraceQueryParams q) {
    long p = number(q.page, 1);
    long s = number(q.size, 50);
    if (p < 1 || p > Integer.MAX_VALUE || s < 1 || s > 1000) {
      throw TracerProblemException.invalid("page must be at least 1 and size between 1 and 1000");
    }
    return new TraceFilter(
        q.dataset,
        action(q.action),
        isAdmin() ? q.user : own(),
        instant(q.from),
        instant(q.to),
        (int) p,
        (int) s);
  }

  private String own() {
    if (security.getUserPrincipal() == null) {
      throw new TracerProblemException(Kind.UNAUTHENTICATED, "Sign in to read traces");
    }
    String pseudonym = log.pseudonymOf(security.getUserPrincipal().getName());
    return pseudonym == null ? "" : pseudonym;
  }

  private boolean isAdmin() {
    return security.isUserInRole(ADMIN);
  }

  private void requireAdmin() {
    if (security.getUserPrincipal() == null) {
      throw new TracerProblemException(Kind.UNAUTHENTICATED, "Sign in to verify the whole log");
    }
    if (!isAdmin()) {
      throw new TracerProblemException(Kind.FORBIDDEN, "Only admins may verify the whole log");
    }
  }

  private static TraceAction action(String value) {
    try {
      return value == null ? null : TraceAction.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw TracerProblemException.invalid("Unknown action '" + value + "'");
    }
  }

  private static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw TracerProblemException.invalid("Not an ISO-8601 instant: '" + value + "'");
    }
  }
}
