/**
 * The trace log: a durable record of every dataset use and decision. It knows nothing of the other
 * modules; they record through its API inside their own transactions.
 *
 * <p>Features, each depending only on those before it: {@code trace} (the hash-chained log) and
 * {@code anchor} (sealing the log into Merkle batches, proofs and verification).
 *
 * <p>Published to the other modules: {@code trace.application} (recording and reading traces),
 * {@code trace.domain} (the trace values, not the repository), {@code anchor.application} (the
 * anchoring schedule), {@code problem}, and {@code config} (how every module's settings class reads
 * its keys). Everything else is internal.
 *
 * <p>Persistence: one repository per aggregate ({@code TraceRepository} for the log and its chain
 * head, {@code AnchorBatchRepository} for batches and registry contracts), the interface beside the
 * aggregate in {@code domain} and its {@code Jpa*} implementation, with every JPQL query, in {@code
 * infrastructure}. Application classes never hold the entity manager.
 */
package eu.imaginghub.tracer;
