package eu.imaginghub.tracer.trace.api;

import static eu.imaginghub.tracer.trace.api.TraceReaders.number;

import eu.imaginghub.tracer.problem.TracerProblemException;
import eu.imaginghub.tracer.trace.application.TraceQueries;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The trace log over HTTP. Admins read every trace; everyone else their own and those of the
 * datasets they were granted to read (a data-access committee's members: its datasets'). Proofs and
 * verification, which tell whether the log was tampered with, are the anchoring's resources.
 */
@RequestScoped
@Path("traces")
@Transactional
public class TracesResource {

  @Inject TraceQueries queries;
  @Inject TraceReaders readers;
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
    return TraceJson.of(readers.readable(id, security));
  }

  /**
   * Admins may filter by any pseudonym; everyone else sees their own traces and those of the
   * datasets they were granted to read.
   */
  private TraceFilter filter(TraceQueryParams q) {
    long p = number(q.page, 1);
    long s = number(q.size, 50);
    if (p < 1 || p > Integer.MAX_VALUE || s < 1 || s > 1000) {
      throw TracerProblemException.invalid("page must be at least 1 and size between 1 and 1000");
    }
    TraceFilter requested =
        new TraceFilter(
            q.dataset, action(q.action), q.user, instant(q.from), instant(q.to), (int) p, (int) s);
    return readers.scope(security).narrow(requested);
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
