/** The trace log over REST: lists, CSV, proofs, verification. */
package eu.imaginghub.tracer.trace.api;
