/** The trace log's storage: JPQL over the trace and chain-head tables. */
package eu.imaginghub.tracer.trace.infrastructure;
