/**
 * Anchoring over HTTP: a trace's Merkle proof, where anchoring stands, and the verification of the
 * log. Each resource has its own path under {@code traces}, more specific than the log's, so the
 * container routes to it before the log's {@code traces/{id}}.
 */
package eu.imaginghub.tracer.anchor.api;
