/**
 * The trace log: a durable record of every dataset use and decision. It knows nothing of the other
 * modules; they record through its API inside their own transactions.
 *
 * <p>Published to the other modules: {@code trace.application} (recording and reading traces),
 * {@code trace.domain} (the trace values), {@code anchor.application} (the anchoring schedule) and
 * {@code problem}. Everything else is internal.
 */
package eu.imaginghub.tracer;
