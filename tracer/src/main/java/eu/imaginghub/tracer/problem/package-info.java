/**
 * Failures the trace log reports to its callers, independent of HTTP. The tracer knows no other
 * module, so it cannot throw the catalogue's problems; the web layer's one mapper gives these the
 * same problem types as the rest of the hub.
 */
package eu.imaginghub.tracer.problem;
