/**
 * The trace log: a durable record of every dataset use and decision. It knows nothing of the other
 * modules; they record through its API inside their own transactions.
 */
package eu.imaginghub.tracer;
