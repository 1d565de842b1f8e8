package eu.imaginghub.tracer.trace.api;

import jakarta.ws.rs.QueryParam;

/** The query parameters that select traces, shared by the JSON and CSV forms of the list. */
public class TraceQueryParams {

  @QueryParam("dataset")
  String dataset;

  @QueryParam("action")
  String action;

  /** A pseudonym; only admins may choose whose traces they read. */
  @QueryParam("user")
  String user;

  @QueryParam("from")
  String from;

  @QueryParam("to")
  String to;

  // text, not Integer: the container answers 404 for a number that is no int
  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;
}
