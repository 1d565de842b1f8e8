/** Traces: entries of the hash-chained log, their canonical form and pseudonyms. */
package eu.imaginghub.tracer.trace.domain;
